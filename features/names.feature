@names
Feature: How a person's name is spelled (rule name-spelling)
  Every spelling of a person's name is a claim. Full names are matched with
  rapidfuzz: the same person when the family names are close (80 or more out of
  100) and the given names, where both sources give one, are close too (75 or
  more; data/id/names.yaml). A lone family name joins the one person it is close
  to. Two spellings of the same part of one person's name are a variant, low
  severity: the same fact, spelled differently.

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
