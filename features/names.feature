@names
Feature: How a person's name is spelled (rule name-spelling, rule name-given)
  Every spelling of a person's name is a claim. Full names are matched with
  rapidfuzz: the same person when the family names are close (80 or more out of
  100) and the given names, where both sources give one, are close too (75 or
  more; data/id/names.yaml). A lone family name joins the one person it is close
  to. Two spellings of the same part of one person's name are a variant, low
  severity: the same fact, spelled differently.

  Two people who share a family name stay two people, but for one case: one
  post, named the same way in two texts of one story and held now, given to the
  same family name under two given names that are not spellings of one name.
  Two people of one family name in one post of one story would be a
  coincidence; a given name written wrong is a slip. That is one person: a
  contradiction (rule name-given), high severity, with both names and the post
  in the explanation. The post is the same rank with the same portfolio and
  country where both give one, and offices of which one holds the other's
  words, the extra words unknown to the data ("Keuangan" / "Keuangan Sri
  Lanka"). Something must name the post in both texts (office words or the same
  country): a bare rank ("Menteri", "CEO") is no post. A relative's post ("adik
  Kanselir ..."), a former, future or acting holder, an aide, a role held
  beside a post ("kepala delegasi"), military ranks and ranks many hold at once
  in one office (many_holder_ranks of data/id/names.yaml: senators) never
  count.

  Scenario Outline: Two versions spell a name differently
    Given an article "a.txt" that says "Menteri Luar Negeri AS <name a> bertemu dengan mitranya di Reykjavik pada hari Rabu."
    And an article "b.txt" that says "Diplomat senior <name b> bertemu dengan mitranya di Reykjavik pada hari Rabu, kata para pejabat."
    When the ledger is built
    Then there is a name finding between "<spelling a>" and "<spelling b>"
    And its verdict is "variant"
    And its explanation mentions "<explained>"

    Examples:
      | name a          | name b          | spelling a | spelling b | explained            |
      | Antony Blinken  | Anthony Blinken | Antony     | Anthony    | the given name       |
      | Sergei Lavrov   | Sergey Lavrov   | Sergei     | Sergey     | 'Sergey' (b.t ×1)    |
      | Antony Blinken  | Antony Blinkin  | Blinken    | Blinkin    | the family name      |

  Scenario Outline: A double family name with a hyphen or a space, and a one-word name in one post, are spelled differently
    Given an article "a.txt" that says "<title a> <name a> membuka konferensi itu di Jenewa pada hari Senin."
    And an article "b.txt" that says "<title b> <name b> membuka konferensi tersebut di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a name finding between "<spelling a>" and "<spelling b>"
    And its verdict is "variant"

    Examples:
      | title a                   | name a              | title b                   | name b              | spelling a    | spelling b    |
      | Direktur Jenderal WTO     | Ngozi Okonjo-Iweala | Dirjen WTO                | Ngozi Okonjo Iweala | Okonjo-Iweala | Okonjo Iweala |
      | Kepala Staf Kepresidenan  | Moeldoko            | Kepala Staf Kepresidenan  | Muldoko             | Moeldoko      | Muldoko       |

  Scenario: Two people known by one name in two posts stay two
    Given an article "a.txt" that says "Menteri Pertahanan Suharso membuka konferensi itu di Jenewa pada hari Senin."
    And an article "b.txt" that says "Menteri Perdagangan Suharto membuka konferensi tersebut di Jenewa pada hari Senin."
    When the ledger is built
    Then there is no name finding involving "Suharso"

  Scenario: A misspelled lone family name joins the person it is close to
    Given an article "a.txt" that says "Menteri Luar Negeri AS Antony Blinken tiba di Reykjavik. Price mengatakan Blinkin menyuarakan keprihatinan."
    When the ledger is built
    Then "Blinkin" is an alias of "Antony Blinken"

  Scenario: Two people who share a given name are never one person
    Given an article "a.txt" that says "Menteri Luar Negeri Rusia Sergei Lavrov dan Wakil Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa."
    And an article "b.txt" that says "Sergey Lavrov dan Sergey Ryabkov tiba di Jenewa pada hari Senin, kata para pejabat."
    When the ledger is built
    Then there is no name finding between "Lavrov" and "Ryabkov"
    And "Sergei Lavrov" and "Sergei Ryabkov" are different people

  Scenario: The same spelling everywhere is not a finding
    Given an article "a.txt" that says "Juru bicara Departemen Luar Negeri Ned Price memberi keterangan."
    And an article "b.txt" that says "Ned Price, juru bicara Departemen Luar Negeri, memberi keterangan kepada wartawan."
    When the ledger is built
    Then there is no name finding involving "Price"

  Scenario: Two people who share a family name are never one person
    Given an article "a.txt" that says "Presiden AS Joe Biden dan putranya Hunter Biden tiba di Delaware. Biden berbicara kepada wartawan."
    When the ledger is built
    Then "Joe Biden" and "Hunter Biden" are different people by their given names
    And the lone "Biden" is nobody's name claim

  Scenario Outline: One person, transliterated two ways in two stories, is one person
    Given an article "a.txt" that says "Perdana Menteri Rusia <name a> meresmikan jembatan baru di Siberia pada hari Kamis."
    And an article "b.txt" that says "Delegasi dagang India disambut <name b> dalam kunjungan tentang gandum dan pupuk."
    When the ledger is built
    Then "a.txt" and "b.txt" are two stories
    And there is a name finding between "<spelling a>" and "<spelling b>"
    And its verdict is "variant"
    And its explanation mentions "the <part> name"

    Examples:
      | name a               | name b                | spelling a | spelling b | part   |
      | Mikhail Mishustin    | Michail Mishustin     | Mikhail    | Michail    | given  |
      | Aleksandr Lukashenko | Alexander Lukashenko  | Aleksandr  | Alexander  | given  |
      | Dmitry Peskov        | Dmitriy Peskov        | Dmitry     | Dmitriy    | given  |
      | Dmitri Peskov        | Dmitry Peskov         | Dmitri     | Dmitry     | given  |
      | Sergei Shoigu        | Sergey Shoigu         | Sergei     | Sergey     | given  |
      | Yuri Ushakov         | Juri Ushakov          | Yuri       | Juri       | given  |
      | Yury Ushakov         | Yuri Ushakov          | Yury       | Yuri       | given  |
      | Volodymyr Zelensky   | Wolodymyr Zelensky    | Volodymyr  | Wolodymyr  | given  |
      | Maria Zakharova      | Mariya Zakharova      | Maria      | Mariya     | given  |
      | Volodymyr Zelensky   | Volodymyr Zelenskyy   | Zelensky   | Zelenskyy  | family |
      | Volodymyr Zelenskiy  | Volodymyr Zelenskyy   | Zelenskiy  | Zelenskyy  | family |

  Scenario Outline: A family name with one letter changed is the same person when the rest agrees
    Given an article "a.txt" that says "<title a> <name a> tiba di Jenewa untuk membahas pengendalian senjata pada hari Senin."
    And an article "b.txt" that says "Pabrik baja di Ohio dikunjungi <title b> <name b> dalam lawatan tentang lapangan kerja."
    When the ledger is built
    Then "a.txt" and "b.txt" are two stories
    And there is a name finding between "<family a>" and "<family b>"
    And its verdict is "variant"

    Examples:
      | title a                          | name a        | title b                          | name b         | family a | family b |
      | Wakil Menteri Luar Negeri AS     | Wendy Sherman | Wakil Menteri Luar Negeri AS     | Wendy Shermen  | Sherman  | Shermen  |
      | Duta Besar AS                    | Dennis Ross   | Duta Besar AS                    | Dennis Rose    | Ross     | Rose     |
      | Duta Besar AS                    | Dennis Ross   | mantan diplomat                  | Dennis Rose    | Ross     | Rose     |

  Scenario Outline: Near names of people the texts tell apart stay two people
    Given an article "a.txt" that says "<title a> <name a> tiba di Jenewa untuk membahas pengendalian senjata pada hari Senin."
    And an article "b.txt" that says "Pabrik baja di Ohio dikunjungi <title b> <name b> dalam lawatan tentang lapangan kerja."
    When the ledger is built
    Then there is no name finding between "<part a>" and "<part b>"
    And "<name a>" and "<name b>" are two entities

    Examples:
      | title a               | name a        | title b                  | name b        | part a  | part b  |
      | Duta Besar AS         | Dennis Ross   | Menteri Keuangan AS      | Dennis Rose   | Ross    | Rose    |
      | Duta Besar AS         | Dennis Ross   | Duta Besar AS            | Debora Rose   | Ross    | Rose    |
      | Duta Besar AS         | Wendy Sherman | Menteri Keuangan AS      | Wendy Shermen | Sherman | Shermen |
      | Senator               | Maria Cantwell | Senator                 | Mario Cantwell | Maria  | Mario   |
      | Pemimpin Korea Utara  | Kim Jong Un   | adik perempuannya        | Kim Yo Jong   | Un      | Jong    |

  Scenario Outline: The holder of one post, named with another given name
    Given an article "a.txt" that says "<title> <name a> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa."
    And an article "b.txt" that says "<title> <name b> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa bersama para pemimpin."
    When the ledger is built
    Then there is a name finding between "<given a>" and "<given b>"
    And its verdict is "contradiction"
    And its severity is "high"
    And its explanation mentions "'<name a>' and '<name b>'"
    And its explanation mentions "<post>"

    Examples:
      | title                       | name a         | name b         | given a | given b | post                         |
      | Kanselir Austria            | Markus Steiner | Thomas Steiner | Markus  | Thomas  | kanselir Austria             |
      | Presiden Filipina           | Ramon Santos   | Jose Santos    | Ramon   | Jose    | presiden Filipina            |
      | Menteri Luar Negeri Belgia  | Hadja Lahbib   | Sophie Lahbib  | Hadja   | Sophie  | menteri luar negeri Belgia   |
      | Sekretaris Jenderal OPEC    | Karim Haddad   | Walid Haddad   | Karim   | Walid   | sekretaris jenderal opec     |
      | Direktur Jenderal WHO       | Lionel Adeang  | Marcus Adeang  | Lionel  | Marcus  | direktur jenderal who        |
      | Wakil Menteri Luar Negeri Rusia | Sergei Rybakov | Oleg Rybakov | Sergei  | Oleg    | wakil menteri luar negeri Rusia |
      | Wakil Sekretaris Jenderal OPEC | Karim Haddad | Walid Haddad   | Karim   | Walid   | wakil sekretaris jenderal opec |
      | Direktur Eksekutif UNICEF   | Pieter Smit    | Johan Smit     | Pieter  | Johan   | direktur eksekutif unicef    |
      | Komisaris Perdagangan Uni Eropa | Henrik Lindqvist | Anders Lindqvist | Henrik | Anders | komisaris perdagangan uni eropa |
      | Direktur Eksekutif Gavi     | Samuel Okafor  | Thomas Okafor  | Samuel  | Thomas  | direktur eksekutif gavi      |

  Scenario Outline: One post, worded with more or fewer words in the two texts
    Given an article "a.txt" that says "<title a> <name a> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa."
    And an article "b.txt" that says "<title b> <name b> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa bersama para pemimpin."
    When the ledger is built
    Then there is a name finding between "<given a>" and "<given b>"
    And its verdict is "contradiction"
    And its explanation mentions "<post>"

    Examples:
      | title a                   | name a        | title b                              | name b       | given a | given b | post                                   |
      | Wakil Menteri Keuangan    | Anil Perera   | Wakil Menteri Keuangan Sri Lanka     | Ruwan Perera | Anil    | Ruwan   | wakil menteri keuangan Sri Lanka       |
      | Administrator ACP         | Pedro Rivas   | Administrator Otoritas Terusan (ACP) | Hugo Rivas   | Pedro   | Hugo    | administrator otoritas terusan acp     |

  Scenario Outline: Two people who share a family name and no post stay two
    Given an article "a.txt" that says "<title a> <name a> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa."
    And an article "b.txt" that says "<title b> <name b> tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa bersama para pemimpin."
    When the ledger is built
    Then there is no name finding between "<given a>" and "<given b>"
    And "<name a>" and "<name b>" are two entities

    Examples:
      | title a                        | name a          | title b                        | name b         | given a | given b |
      | Kanselir Austria               | Markus Steiner  | Menteri Keuangan Austria       | Thomas Steiner | Markus  | Thomas  |
      | Kanselir Austria               | Markus Steiner  | pengusaha                      | Thomas Steiner | Markus  | Thomas  |
      | Menteri                        | Markus Steiner  | Menteri                        | Thomas Steiner | Markus  | Thomas  |
      | Duta Besar Austria untuk Rusia | Markus Steiner  | Duta Besar Austria untuk India | Thomas Steiner | Markus  | Thomas  |
      | Senator                        | Markus Steiner  | Senator                        | Thomas Steiner | Markus  | Thomas  |
      | Wakil Menteri Luar Negeri Rusia | Sergei Rybakov | Wakil Menteri Keuangan Rusia | Oleg Rybakov  | Sergei  | Oleg    |
      | Wakil Menteri Keuangan Rusia | Sergei Rybakov | Wakil Menteri Keuangan Ukraina | Oleg Rybakov | Sergei | Oleg |
      | Wakil Perdana Menteri     | Sergei Rybakov  | Wakil Perdana Menteri          | Oleg Rybakov   | Sergei  | Oleg    |
      | Komisioner KPU            | Markus Steiner  | Komisioner KPU                 | Thomas Steiner | Markus  | Thomas  |
      | Komisaris KAI             | Markus Steiner  | Komisaris KAI                  | Thomas Steiner | Markus  | Thomas  |
      | Komisaris Besar Polisi    | Markus Steiner  | Komisaris Besar Polisi         | Thomas Steiner | Markus  | Thomas  |
      | Komisaris Polisi          | Markus Steiner  | Komisaris Polisi               | Thomas Steiner | Markus  | Thomas  |
      | Brigadir Jenderal         | Markus Steiner  | Brigadir Jenderal              | Thomas Steiner | Markus  | Thomas  |
      | mantan Kanselir Austria        | Markus Steiner  | Kanselir Austria               | Thomas Steiner | Markus  | Thomas  |
      | Kanselir Austria               | Markus Steiner  | Kanselir Jerman                | Thomas Steiner | Markus  | Thomas  |
      | CEO                            | Markus Steiner  | CEO                            | Thomas Steiner | Markus  | Thomas  |
      | Kepala delegasi Austria        | Markus Steiner  | Kepala delegasi Austria        | Thomas Steiner | Markus  | Thomas  |
      | Wakil Sekretaris Jenderal OPEC | Markus Steiner  | Sekretaris Jenderal OPEC       | Thomas Steiner | Markus  | Thomas  |
      | Ketua                          | Markus Steiner  | Ketua                          | Thomas Steiner | Markus  | Thomas  |
      | Sekretaris Jenderal OPEC       | Markus Steiner  | Sekretaris Jenderal PBB        | Thomas Steiner | Markus  | Thomas  |
      | Sekretaris Jenderal OPEC       | Markus Steiner  | anggota delegasi OPEC          | Thomas Steiner | Markus  | Thomas  |
      | Kanselir Austria               | Markus Steiner  | adik Kanselir Austria          | Thomas Steiner | Markus  | Thomas  |
      | Sekretaris Jenderal OPEC       | Markus Steiner  | putra Sekretaris Jenderal OPEC | Thomas Steiner | Markus  | Thomas  |

  Scenario: A given name of two words with one word wrong is one finding, on the wrong word
    Given an article "a.txt" that says "Sekretaris Jenderal OPEC Lionel Marcus Adeang tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa."
    And an article "b.txt" that says "Sekretaris Jenderal OPEC Lionel David Adeang tiba di Brussel pada hari Senin untuk membahas anggaran Uni Eropa bersama para pemimpin."
    When the ledger is built
    Then there is a name finding between "Marcus" and "David"
    And its verdict is "contradiction"
    And there is no name finding between "Lionel" and "David"

  Scenario: The same post in two stories far apart is not one person
    Given an article "a.txt" published on 2021-03-01 that says "Kanselir Austria Markus Steiner meresmikan jembatan baru di Salzburg pada hari Kamis."
    And an article "b.txt" published on 2023-09-20 that says "Delegasi dagang India disambut Kanselir Austria Thomas Steiner dalam kunjungan tentang gandum dan pupuk."
    When the ledger is built
    Then "a.txt" and "b.txt" are two stories
    And there is no name finding between "Markus" and "Thomas"
    And "Markus Steiner" and "Thomas Steiner" are two entities

  Scenario Outline: A transliteration in one post stays a spelling
    Given an article "a.txt" that says "Perdana Menteri Rusia <name a> tiba di Jenewa pada hari Senin untuk membahas gandum."
    And an article "b.txt" that says "Perdana Menteri Rusia <name b> tiba di Jenewa pada hari Senin untuk membahas gandum bersama para menteri."
    When the ledger is built
    Then there is a name finding between "<given a>" and "<given b>"
    And its verdict is "variant"

    Examples:
      | name a               | name b               | given a   | given b   |
      | Mikhail Mishustin    | Michail Mishustin    | Mikhail   | Michail   |
      | Aleksandr Mishustin  | Alexander Mishustin  | Aleksandr | Alexander |
      | Mohammed Mishustin   | Muhammad Mishustin   | Mohammed  | Muhammad  |
      | Yusuf Mishustin      | Yousef Mishustin     | Yusuf     | Yousef    |
      | Hendrik Mishustin    | Henrik Mishustin     | Hendrik   | Henrik    |
      | Husain Mishustin     | Hussein Mishustin    | Husain    | Hussein   |
      | Taufik Mishustin     | Taufiq Mishustin     | Taufik    | Taufiq    |

  Scenario Outline: Words before a name are not the name
    Given an article "a.txt" that says "<text>"
    And an article "b.txt" that says "Dalam kunjungan itu <name> juga bertemu para pengusaha di <place> dan menyebut bidang perekonomian membaik."
    When the ledger is built
    Then the ledger has the person "<name>" with a name claim in "a.txt"

    Examples:
      | text                                                                                  | name                  | place  |
      | Wakil Perdana Menteri Kosovo Besnik Bislimi tiba di Brussel untuk perundingan.        | Besnik Bislimi        | Brussel |
      | Pj Bupati Pidie Teuku Rahmat Maulana meninjau tempat penampungan pengungsi.            | Teuku Rahmat Maulana  | Pidie  |
      | Menteri Koordinator Bidang Perekonomian Airlangga Hartarto membuka forum itu.         | Airlangga Hartarto    | Jakarta |
      | Duta Besar AS untuk PBB Linda Thomas-Greenfield menyampaikan pidato di Dewan Keamanan. | Linda Thomas-Greenfield | New York |
      | Dirut Pertamina Nicke Widyawati menandatangani nota kesepahaman itu.                  | Nicke Widyawati       | Jakarta |
      | Menteri Kesehatan Budi Gunadi Sadikin membuka forum itu.                              | Budi Gunadi Sadikin   | Jakarta |

  Scenario Outline: A family name with a particle joined by a hyphen is a name
    Given an article "a.txt" that says "Juru Bicara Kementerian Luar Negeri Qatar <name a> tiba di Jenewa pada hari Senin untuk membahas gandum."
    And an article "b.txt" that says "Juru Bicara Kementerian Luar Negeri Qatar <name b> tiba di Jenewa pada hari Senin untuk membahas gandum bersama para menteri."
    When the ledger is built
    Then there is a name finding between "<part a>" and "<part b>"
    And its verdict is "variant"

    Examples:
      | name a           | name b            | part a      | part b       |
      | Majed al-Ansari  | Majed al-Anshari  | al-Ansari   | al-Anshari   |
      | Abdel el-Sisi    | Abdel el-Sissi    | el-Sisi     | el-Sissi     |

  Scenario: A word with a hyphen after a lower-case word that is no particle is no name
    Given an article "a.txt" that says "Para menteri membahas kerja sama ekonomi dan non-Migas di Jenewa pada hari Senin."
    When the ledger is built
    Then the article "a.txt" has no name claim
