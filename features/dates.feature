@dates
Feature: When something happened (rule date-range)
  A date in a news story is read as a range of days: "9 Januari" is one day,
  "awal Juni" is 1-10 June, "bulan September" the whole month, "seminggu lalu" a
  few days around a week before the publication date. Dates without a year take
  it from the publication date and the tense of the sentence ("akan dimulai"
  looks forward); a weekday with a day and month takes the year in which that
  weekday falls. Ranges that overlap agree; ranges with a gap cannot both be the
  date of the same event. A date that cannot be placed in time is never compared.

  Scenario Outline: Two accounts of when the next meeting takes place
    Given an article "a.txt" published on <published> that says "Kedua pihak sepakat untuk bertemu lagi pada <date a>, kata pejabat itu."
    And an article "b.txt" published on <published> that says "Kedua belah pihak sepakat untuk bertemu lagi pada <date b>, tambahnya."
    When the ledger is built
    Then there is a date finding between "<date a>" and "<date b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples: dates that agree
      | published  | date a          | date b            | verdict    | explained               |
      | 2021-07-29 | bulan September | bulan September   | consistent | 2021-09-01..2021-09-30  |
      | 2021-05-20 | bulan Juni      | awal Juni         | consistent | 2021-06-01..2021-06-10  |
      | 2021-12-31 | 9 Januari       | 9 Januari 2022    | consistent | 2022-01-09              |
      | 2021-07-29 | akhir Agustus   | 30 Agustus        | consistent | 2021-08-30              |

    Examples: dates that cannot both be true
      | published  | date a          | date b            | verdict       | explained        |
      | 2021-12-31 | 9 Januari       | 10 Januari 2022   | contradiction | 1 day apart      |
      | 2021-07-29 | bulan September | bulan Oktober     | contradiction | 2021-10-01       |
      | 2021-05-20 | awal Juni       | akhir Juni        | contradiction | ends before      |

  Scenario: A weekday with a day and month takes the year in which the weekday falls
    Given an article "a.txt" that says "Ushakov berbicara kepada wartawan, seperti dilansir Bloomberg, Jumat (31/12). Pertemuan itu diadakan pada 10 Januari 2022."
    When the ledger is built
    Then the article "a.txt" is published on 2021-12-31

  Scenario: Relative dates resolve against the publication date
    Given an article "a.txt" published on 2021-07-29 that says "Bonnie Jenkins, yang dikukuhkan seminggu lalu sebagai wakil menteri, ikut serta."
    And an article "b.txt" published on 2021-07-29 that says "Bonnie Jenkins, yang satu minggu lalu dikukuhkan sebagai wakil menteri, ikut serta."
    When the ledger is built
    Then there is a date finding between "seminggu lalu" and "satu minggu lalu"
    And its verdict is "consistent"
    And the claim "seminggu lalu" in "a.txt" lies between 2021-07-19 and 2021-07-25

  Scenario: Without any date in the story, months still compare within the same year
    Given an article "a.txt" that says "Biden dan Putin sepakat mengadakan pertemuan puncak, kemungkinan pada bulan Juni di Eropa."
    And an article "b.txt" that says "Para diplomat menyiapkan kemungkinan pertemuan puncak Biden dan Putin pada awal Juni di Eropa."
    When the ledger is built
    Then there is a date finding between "bulan Juni" and "awal Juni"
    And its verdict is "consistent"
    And its explanation mentions "no source gives the year"

  Scenario: Dates of different events are never compared
    Given an article "a.txt" published on 2021-12-31 that says "Pembicaraan bilateral AS-Rusia akan dimulai di Jenewa pada 9 Januari, diikuti oleh pertemuan Dewan Rusia-NATO di Brussel dua hari kemudian dan negosiasi di Wina dalam kerangka OSCE pada 13 Januari."
    When the ledger is built
    Then the claim "dua hari kemudian" in "a.txt" lies between 2022-01-11 and 2022-01-11
    And there is no date finding involving "13 Januari"
    And there is no date finding involving "dua hari kemudian"

  Scenario: What a speaker calls "today" is not checked against the publication date
    Given an article "a.txt" published on 2021-12-31 that says "Presiden Putin puas dengan pembicaraan telepon Kamis dengan Biden. “Pembicaraan hari ini baik,” kata Ushakov."
    When the ledger is built
    Then there is no date finding involving "hari ini"

  Scenario: A date a story cannot place in time is never compared
    Given an article "a.txt" that says "Ryabkov mengatakan pada hari Selasa bahwa pembicaraan akan berguna."
    And an article "b.txt" that says "Ryabkov mengatakan pada hari Rabu bahwa pembicaraan akan berguna."
    When the ledger is built
    Then there is no date finding involving "hari Selasa"
