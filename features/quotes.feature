@quotes
Feature: What a person said (rule quote-wording)
  A quotation's speaker is read from its attribution (", kata Lavrov", "jawab
  Lavrov", "kata juru bicara ... Ned Price"), from a speech verb before it
  ("Blinken mengatakan, “…”"), or for "katanya", "tambahnya" and a quotation
  that opens its sentence, from the speaker named just before. Quotations of one
  speaker in one story, from two sources, are aligned with rapidfuzz: the same
  words reported twice are consistent when identical and a variant when reworded,
  and the explanation shows the words that differ. Different quotations are not
  compared.

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
