@titles
Feature: The office a person holds (rule title-rank)
  A title is read from an apposition before a name ("Wakil Menteri Luar Negeri
  AS Wendy Sherman") or from "yang ... sebagai <title>" after it, into a rank
  (menteri, wakil menteri, juru bicara, ...; data/id/titles.yaml), an office, a
  country and a portfolio. A different rank, office or country for the same
  person is a contradiction. The same post with its portfolio worded differently
  is a variant. Titles of different people are never compared.

  Scenario Outline: Two versions give the same person a title
    Given an article "a.txt" that says "Bonnie Jenkins, yang dikukuhkan seminggu lalu sebagai <title a>, ikut serta dalam pembicaraan."
    And an article "b.txt" that says "Bonnie Jenkins, yang satu minggu lalu dikukuhkan sebagai <title b>, mengambil bagian dalam pembicaraan itu."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | title a                                              | title b                                                  | verdict       | explained                      |
      | menteri luar negeri untuk urusan pengawasan senjata  | wakil menteri luar negeri untuk pengendalian senjata     | contradiction | rank 'menteri' vs 'wakil menteri' |
      | wakil menteri luar negeri untuk pengawasan senjata   | wakil menteri luar negeri untuk pengendalian senjata     | variant       | the portfolio is worded        |
      | wakil menteri luar negeri untuk pengendalian senjata | Wakil Menteri Luar Negeri untuk urusan pengendalian senjata | consistent | name the same post             |
      | menteri pertahanan                                   | menteri luar negeri                                      | contradiction | office                         |

  Scenario: Titles that agree are never contradictions
    Given an article "a.txt" that says "Wakil Menteri Luar Negeri AS Wendy Sherman dan Wakil Menteri Luar Negeri Rusia Sergei Ryabkov memulai pembicaraan."
    And an article "b.txt" that says "Wakil Menteri Luar Negeri Rusia Sergey Ryabkov dan Wakil Menteri Luar Negeri AS Wendy Sherman membuka pembicaraan di Jenewa."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

  Scenario: Titles of different people are never compared
    Given an article "a.txt" that says "Wakil Menteri Luar Negeri AS Wendy Sherman memimpin delegasi."
    And an article "b.txt" that says "Menteri Luar Negeri AS Antony Blinken memimpin delegasi di Reykjavik."
    When the ledger is built
    Then there is no title finding involving "Wakil Menteri Luar Negeri AS"

  Scenario: A description is not an office
    Given an article "a.txt" that says "Diplomat senior Anthony Blinken tiba di Reykjavik."
    And an article "b.txt" that says "Menteri Luar Negeri AS Anthony Blinken tiba di Reykjavik pada hari Rabu."
    When the ledger is built
    Then the article "a.txt" has no title claim
