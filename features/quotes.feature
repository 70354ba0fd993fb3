@quotes
Feature: What a person said (rule quote-wording)
  A quotation's speaker is read from its attribution (", kata Lavrov", "jawab
  Lavrov", "kata juru bicara ... Ned Price"), from a speech verb before it
  ("Blinken mengatakan, “…”"), or for "katanya", "tambahnya" and a quotation
  that opens its sentence, from the speaker named just before; a quotation inside
  reported speech ("X mengatakan bahwa Y “…”") is X's. An attribution that names
  nobody ("kata seorang pedagang") gives no speaker. Quotations of one speaker in
  one story, from two sources, are aligned with rapidfuzz, or, when translated in
  other words or cut to a sentence, by their content words taken by root and
  synonym: the same words reported twice are consistent when identical and a
  variant when reworded, and the explanation shows the words that differ.
  Different quotations are not compared.

  Scenario: A reworded quotation is a variant that shows the differing words
    Given an article "a.txt" that says "“Kami siap untuk membahas semua masalah tanpa kecuali jika diskusi akan jujur,” jawab Menteri Luar Negeri Rusia Sergei Lavrov kepada wartawan."
    And an article "b.txt" that says "“Kami siap membahas semua masalah tanpa kecuali, tapi pembahasan akan jujur,” kata Sergey Lavrov di Reykjavik."
    When the ledger is built
    Then there is a quote finding between "Kami siap untuk membahas semua masalah tanpa kecuali jika diskusi akan jujur," and "Kami siap membahas semua masalah tanpa kecuali, tapi pembahasan akan jujur,"
    And its verdict is "variant"
    And its explanation mentions "only A has 'untuk'"
    And its explanation mentions "only B has 'tapi pembahasan'"

  Scenario: "katanya" points back to the speaker named before
    Given an article "a.txt" that says "“Diskusi di Jenewa profesional dan substantif,” kata juru bicara Departemen Luar Negeri Ned Price. “Kami tetap berkomitmen untuk memastikan prediktabilitas,” katanya."
    When the ledger is built
    Then the quotation "Kami tetap berkomitmen untuk memastikan prediktabilitas," in "a.txt" is by "Ned Price"

  Scenario: Different quotations of one speaker are not compared
    Given an article "a.txt" that says "“Dunia dapat menjadi tempat yang lebih aman dan terjamin,” kata Antony Blinken di Reykjavik."
    And an article "b.txt" that says "“Kami pikir ini adalah hal yang baik untuk rakyat kami,” kata Antony Blinken kepada wartawan di Reykjavik."
    When the ledger is built
    Then there is no quote finding involving "Kami pikir ini adalah hal yang baik untuk rakyat kami,"

  Scenario Outline: Quotations of one speaker that share only their function words are not compared
    Given an article "a.txt" that says "“<quote a>,” kata Sergei Lavrov kepada wartawan di Moskow."
    And an article "b.txt" that says "“<quote b>,” kata Sergei Lavrov dalam jumpa pers di Moskow."
    When the ledger is built
    Then there is no quote finding involving "<quote b>,"

    Examples:
      | quote a                                             | quote b                                       |
      | Kami tidak akan menyerang Ukraina                   | Kami tidak akan menyerah kepada tekanan Barat |
      | Kami akan terus mendukung Ukraina selama diperlukan | Kami akan terus menekan Rusia dengan sanksi   |

  Scenario: One quotation reported with a word dropped is the same quotation, shown as a variant
    Given an article "a.txt" that says "“Rusia tidak akan memperpanjang perjanjian itu tanpa jaminan,” kata Sergei Lavrov kepada wartawan."
    And an article "b.txt" that says "“Rusia akan memperpanjang perjanjian itu tanpa jaminan,” kata Sergei Lavrov dalam jumpa pers."
    When the ledger is built
    Then there is a quote finding between "Rusia tidak akan memperpanjang perjanjian itu tanpa jaminan," and "Rusia akan memperpanjang perjanjian itu tanpa jaminan,"
    And its verdict is "variant"
    And its explanation mentions "only A has 'tidak'"

  Scenario: An attribution names the speaker in apposition after the office
    Given an article "a.txt" that says "“Pemungutan suara berlangsung tertib dan damai,” kata kepala misi pemantau pemilu Uni Eropa, Ana Torres, kepada wartawan di Dili."
    When the ledger is built
    Then the quotation "Pemungutan suara berlangsung tertib dan damai," in "a.txt" is by "Ana Torres"

  Scenario: A quotation inside reported speech belongs to the one who speaks
    Given an article "a.txt" that says "Menteri Perdagangan Ana Torres mengatakan bahwa perjanjian itu “membuka pasar baru bagi petani kecil” di kedua negara."
    When the ledger is built
    Then the quotation "membuka pasar baru bagi petani kecil" in "a.txt" is by "Ana Torres"

  Scenario: An attribution that names nobody gives the quotation no speaker
    Given an article "a.txt" that says "Wali Kota Valparaiso Ana Torres meninjau pasar yang terendam. “Kami akan membangun kembali pasar ini,” kata Ana Torres. “Kami tidak punya apa-apa lagi sejak banjir datang,” kata seorang pedagang di pasar itu."
    When the ledger is built
    Then the quotation "Kami tidak punya apa-apa lagi sejak banjir datang," in "a.txt" has no speaker

  Scenario: A person named after the speaker's words is not the speaker
    Given an article "a.txt" that says "Perdana Menteri Ana Torres tiba di Jakarta pada Senin. “Kedua negara harus memperluas perdagangan hasil laut,” kata seorang menteri dalam sambutannya di hadapan Perdana Menteri Ana Torres."
    When the ledger is built
    Then the quotation "Kedua negara harus memperluas perdagangan hasil laut," in "a.txt" has no speaker

  Scenario: A speaker known by one name is the speaker, not the person named after
    Given an article "a.txt" that says "Perdana Menteri Ana Torres tiba di Jakarta pada Senin. “Kedua negara harus memperluas perdagangan hasil laut,” kata Presiden Sutrisno dalam sambutannya di hadapan Perdana Menteri Ana Torres."
    When the ledger is built
    Then the quotation "Kedua negara harus memperluas perdagangan hasil laut," in "a.txt" is by "Sutrisno"

  Scenario: A quotation translated twice in other words is a variant
    Given an article "a.txt" that says "“Keadaan di perbatasan masih tegang, dan kami tak akan mundur,” kata Menteri Pertahanan Ana Torres kepada wartawan."
    And an article "b.txt" that says "“Situasi perbatasan tetap tegang, namun kami tidak akan mundur sedikit pun,” ujar Ana Torres di Santiago."
    When the ledger is built
    Then there is a quote finding between "Keadaan di perbatasan masih tegang, dan kami tak akan mundur," and "Situasi perbatasan tetap tegang, namun kami tidak akan mundur sedikit pun,"
    And its verdict is "variant"

  Scenario: A quotation cut to its first sentence by another source is a variant
    Given an article "a.txt" that says "“Pelabuhan Valparaiso akan dibuka kembali pekan depan. Semua kapal sudah diperiksa petugas,” kata Ana Torres kepada wartawan."
    And an article "b.txt" that says "“Pelabuhan Valparaiso dibuka lagi minggu depan,” kata Ana Torres di Santiago."
    When the ledger is built
    Then there is a quote finding between "Pelabuhan Valparaiso akan dibuka kembali pekan depan. Semua kapal sudah diperiksa petugas," and "Pelabuhan Valparaiso dibuka lagi minggu depan,"
    And its verdict is "variant"

  Scenario: Two remarks of one speaker on one topic are not one quotation
    Given an article "a.txt" that says "“Dana iklim harus mudah diakses negara kepulauan yang terancam banjir rob,” kata Ana Torres kepada wartawan."
    And an article "b.txt" that says "“Bagi negara kepulauan, banjir rob sudah menjadi kenyataan sehari-hari,” kata Ana Torres di Santiago."
    When the ledger is built
    Then there is no quote finding involving "Bagi negara kepulauan, banjir rob sudah menjadi kenyataan sehari-hari,"

  Scenario: Two speakers saying the same words are not compared
    Given an article "a.txt" that says "“Kami tidak akan mundur dari perundingan ini,” kata Ana Torres kepada wartawan."
    And an article "b.txt" that says "“Kami tidak akan mundur dari perundingan ini,” kata Luis Vargas di Lima."
    When the ledger is built
    Then there is no quote finding involving "Kami tidak akan mundur dari perundingan ini,"
