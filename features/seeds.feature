@seeds
Feature: The ledger built from the five seed articles
  The first corpus is five Indonesian articles about US-Russia diplomacy in 2021,
  three stories: the Geneva talks of 28 July 2021 (000, 001), the Blinken-Lavrov
  meeting in Reykjavik (002, 003) and the Biden-Putin phone call of 30 December
  2021 (004). These scenarios build the ledger from seeds/ and check what an
  editor would check first.

  Background:
    Given the ledger built from the seeds

  Scenario: Every claim slices back to its exact words
    Then every claim's span in its document's text is its value text
    And every sentence's span in its document's text is its text

  Scenario: a. "hampir dua jam" and "1 jam 45 menit" agree
    Then there is a duration finding between "hampir dua jam" in "002" and "1 jam 45 menit" in "003"
    And its verdict is "consistent"
    And its explanation mentions "105 min"
    And its explanation mentions "90–120 min"

  Scenario: b. The Geneva talks start on 9 Januari, says the body; 10 Januari 2022, says a related headline
    Then there is a date finding between "9 Januari" in "004" and "10 Januari 2022" in "004"
    And its verdict is "contradiction"
    And the claim "9 Januari" in "004" lies between 2022-01-09 and 2022-01-09
    And the claim "10 Januari 2022" in "004" lies between 2022-01-10 and 2022-01-10

  Scenario: c. Other events' durations never meet the Reykjavik talks
    Then there is no duration finding involving "50 menit"
    And there is no duration finding involving "lebih dari tiga jam"

  Scenario: d. Jenkins was confirmed a week earlier, say both versions
    Then there is a date finding between "seminggu lalu" in "000" and "satu minggu lalu" in "001"
    And its verdict is "consistent"

  Scenario: e. Weekdays with a day and month take the year in which the weekday falls
    Then the claim "Rabu (28/7)" in "001" lies between 2021-07-28 and 2021-07-28
    And the claim "Jumat (31/12)" in "004" dates the copy, not an event
    And the article "004" is published on 2021-12-31
    And the article "001" is published on 2021-07-29

  Scenario: f. The planned summit: "pada bulan Juni" and "pada awal Juni" agree
    Then there is a date finding between "bulan Juni" in "002" and "awal Juni" in "003"
    And its verdict is "consistent"

  Scenario: g. Both versions agree the sides meet again in September
    Then there is a date finding between "bulan September" in "000" and "bulan September" in "001"
    And its verdict is "consistent"

  Scenario: Issue 3 c. Antony, Anthony and Blinkin are one person, spelled three ways
    Then there is a name finding between "Antony" in "002" and "Anthony" in "003"
    And its verdict is "variant"
    And there is a name finding between "Blinken" in "002" and "Blinkin" in "003"
    And its verdict is "variant"
    And its explanation mentions "'Blinkin' (003 ×1)"
    And "Antony", "Anthony" and "Blinkin" are aliases of one entity

  Scenario: Issue 3 d. Sergei and Sergey, for Lavrov and for Ryabkov
    Then there is a name finding between "Sergei" in "002" and "Sergey" in "003"
    And its verdict is "variant"
    And its severity is "low"
    And there is a name finding between "Sergei" in "000" and "Sergey" in "003"
    And its verdict is "variant"
    And its explanation mentions "Ryabkov"

  Scenario: Issue 3 a. Jenkins is "menteri" in 000 and "wakil menteri" in 001
    Then there is a title finding between "menteri luar negeri untuk urusan pengawasan senjata dan keamanan internasional" in "000" and "wakil menteri luar negeri untuk pengendalian senjata dan urusan keamanan internasional" in "001"
    And its verdict is "contradiction"
    And its explanation mentions "rank 'menteri' vs 'wakil menteri'"
    And its explanation mentions "the portfolio is worded"

  Scenario: Issue 3 b. Russia "memperluas" (000) or "memperpanjang" (001) New START
    Then there is a action finding between "memperluas" in "000" and "memperpanjang" in "001"
    And its verdict is "contradiction"

  Scenario: Issue 3 e. Price's and Lavrov's quotations, as two sources report them
    Then there is a quote finding between "Diskusi di Jenewa bersifat profesional dan substantif," in "000" and "Diskusi di Jenewa profesional dan substantif," in "001"
    And its verdict is "variant"
    And its explanation mentions "'bersifat'"
    And the quotation "Kami siap membahas semua masalah tanpa kecuali, tapi dengan persepsi bahwa pembahasan akan jujur, dengan fakta di atas meja, dan tentu saja atas dasar saling menghormati." in "003" is by "Sergey Lavrov"
    And a quote finding of "Sergey Lavrov" between "002" and "003" is a "variant" that mentions "'tapi dengan persepsi'"

  Scenario: Issue 3 f. Titles that agree are never contradictions
    Then no title finding about "Wendy Sherman", "Sergei Ryabkov", "Sergey Lavrov" or "Ned Price" is a contradiction
    And the article "003" has a title claim "Wakil Menteri Luar Negeri Rusia" about "Sergei Ryabkov"

  Scenario: Issue 3 h. People and things of story 002/003 are entities with claims
    Then the ledger has the person "Trevor Reid" with a name claim in "003"
    And the ledger has the person "Paul Whelan" with a name claim in "003"
    And the ledger has the person "Alexei Navalny" with a name claim in "002"
    And the project "Nord Stream 2" has the quantity claim "$ 11 miliar" in "003" read as 11000000000 USD

  Scenario: Issue 3 g. No finding compares different subjects or different events
    Then every finding compares two claims about the same subject in the same story
    And there is no title finding involving "Wakil Menteri Luar Negeri AS"

  Scenario: The stories are the three the articles tell
    Then the seeds form 3 stories: "000 001", "002 003" and "004"

  Scenario: The contradictions are exactly the real ones found so far
    Then the contradictions are exactly
      | property | value a                                                                            | value b                                                                                  |
      | date     | 9 Januari                                                                          | 10 Januari 2022                                                                          |
      | title    | menteri luar negeri untuk urusan pengawasan senjata dan keamanan internasional | wakil menteri luar negeri untuk pengendalian senjata dan urusan keamanan internasional |
      | action   | memperluas                                                                         | memperpanjang                                                                            |

  Scenario: Every finding says how sure the ledger is, and why
    Then every finding has a confidence between 0 and 1 and its reasons in words

  Scenario: The variants and consistent pairs stay the ones found before issue 7
    Then the variants and consistent pairs are exactly
      | rule              | verdict    | value a         | value b                       |
      | date-range        | consistent | bulan Januari   | Januari                       |
      | date-range        | consistent | bulan Juni      | awal Juni                     |
      | date-range        | consistent | bulan September | bulan September               |
      | date-range        | consistent | hari Selasa     | hari Selasa                   |
      | date-range        | consistent | seminggu lalu   | satu minggu lalu              |
      | duration-interval | consistent | hampir dua jam  | 1 jam 45 menit                |
      | name-spelling     | variant    | Antony          | Anthony                       |
      | name-spelling     | variant    | Blinken         | Blinkin                       |
      | name-spelling     | variant    | Sergei          | Sergey                        |
      | name-spelling     | variant    | Sergei          | Sergey                        |
      | place-alias       | consistent | Brussel         | Brussels                      |
      | title-rank        | consistent | Presiden        | Presiden Amerika Serikat (AS) |
      | title-rank        | consistent | Presiden AS     | Presiden                      |
      | title-rank        | consistent | Presiden AS     | Presiden Amerika Serikat (AS) |
    And the quotations of Ned Price and Sergey Lavrov make 2 variants and 1 consistent pair

  Scenario: Bad files are named and skipped; the rest still go in
    Given a folder with the seeds, an empty file, a binary file, a cp1252 file and a copy of a seed
    When the ledger is built from that folder
    Then the build names "empty.txt" as a problem
    And the build names "binary.txt" as a problem
    And the build names "copy.txt" as a problem
    And the ledger holds 6 documents
    And the runs table lists every problem with its reason
