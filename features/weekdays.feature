@dates
Feature: A weekday that does not fit its date (rule weekday-date)
  Copy often writes a weekday beside a date: "Senin, 15 Maret 2022", "Minggu
  (2/1)". When the year is written, or comes from the article's own publication
  date, and that day fell on another weekday, one of the two is wrong. The
  ledger reports it as a contradiction on that one claim, with both readings.
  A weekday whose year the ledger does not know from the article itself is not
  judged; in an article with no date of its own, the story's year counts when
  more of the article's weekday-dates fit it than fail to, or, for one day, when
  another article of the story writes the same day and month with its year
  (and the undated article writes no other year near it).

  Scenario Outline: A weekday beside a date with its year
    Given an article "a.txt" that says "Pertemuan AS-Rusia di Jenewa digelar pada <date>, kata pejabat."
    When the ledger is built
    Then there is a finding on the date "<date>" alone
    And its verdict is "contradiction"
    And its explanation mentions "<reading>"

    Examples:
      | date                | reading                |
      | Senin, 15 Maret 2022 | Tuesday                |
      | Minggu (2/1/2021)    | Saturday               |
      | Kamis, 10 Juni 2022  | Friday                 |

  Scenario: The first weekday of a range of days is checked against its first day
    Given an article "a.txt" published on 2026-04-30 that says "Konferensi itu digelar di Jenewa pada Selasa hingga Kamis, 22-24 April 2026, dengan 40 delegasi."
    When the ledger is built
    Then there is a finding on the date "Selasa hingga Kamis, 22-24 April 2026" alone
    And its verdict is "contradiction"
    And its explanation mentions "Wednesday, not a Tuesday"

  Scenario Outline: A weekday that fits is not a finding
    Given an article "a.txt" that says "Pertemuan AS-Rusia di Jenewa digelar pada <date>, kata pejabat."
    When the ledger is built
    Then there is no finding on the date "<date>" alone

    Examples:
      | date                 |
      | Selasa, 15 Maret 2022 |
      | Sabtu (2/1/2021)      |
      | Selasa-Kamis (21-23/4/2026) |

  Scenario: A weekday without a year takes it from the article's own date
    Given an article "a.txt" published on 2022-01-03 that says "Pertemuan AS-Rusia di Jenewa digelar pada Minggu (3/1), kata pejabat."
    When the ledger is built
    Then there is a finding on the date "Minggu (3/1)" alone

  Scenario: A weekday in an article with no date of its own is not judged
    Given an article "a.txt" that says "Pertemuan AS-Rusia di Jenewa digelar pada Minggu (3/1), kata pejabat."
    When the ledger is built
    Then there is no finding on the date "Minggu (3/1)" alone

  Scenario: In an undated article whose other weekday-dates fit the story's year, one that does not fit is a slip
    Given an article "a.txt" published on 2026-09-16 that says "KTT BRICS di New Delhi dibuka pada Senin (14/9/2026) dan ditutup sehari kemudian."
    And an article "b.txt" that says "Para sherpa BRICS bertemu di New Delhi pada Sabtu (12/9). KTT BRICS di New Delhi dibuka pada Senin (14/9). Deklarasi New Delhi disahkan pada Senin (15/9)."
    When the ledger is built
    Then there is a finding on the date "Senin (15/9)" alone

  Scenario: In an undated article with as many weekday-dates failing the story's year as fitting it, none is judged
    Given an article "a.txt" published on 2026-09-16 that says "KTT BRICS di New Delhi dibuka pada Senin (14/9/2026) dan ditutup sehari kemudian."
    And an article "b.txt" that says "KTT BRICS di New Delhi dibuka pada Senin (14/9). Deklarasi New Delhi disahkan pada Senin (15/9)."
    When the ledger is built
    Then there is no finding on the date "Senin (15/9)" alone


  Scenario Outline: In an undated article, a day that another article of the story dates with its year takes that year
    Given an article "a.txt" published on 2026-03-06 that says "Perjanjian kereta Mekong diteken di Vientiane pada <other>, kata pejabat Laos."
    And an article "b.txt" that says "Perjanjian kereta Mekong diteken di Vientiane pada Rabu (5/3), kata pejabat Laos."
    When the ledger is built
    Then there is a finding on the date "Rabu (5/3)" alone
    And its explanation mentions "Thursday"

    Examples:
      | other            |
      | Kamis (5/3)      |
      | 5 Maret 2026     |
      | 4-5 Maret 2026   |

  Scenario: In an undated article, a day that no other article writes keeps a borrowed year
    Given an article "a.txt" published on 2026-03-06 that says "Perjanjian kereta Mekong diteken di Vientiane pada Kamis (5/3), kata pejabat Laos."
    And an article "b.txt" that says "Para menteri kereta Mekong bertemu di Vientiane pada Rabu (4/3) malam sebelum penandatanganan. Perjanjian kereta Mekong diteken di Vientiane pada Senin (3/3)."
    When the ledger is built
    Then there is no finding on the date "Senin (3/3)" alone

  Scenario: An undated article that writes a nearby year does not take the story's year from one day
    Given an article "a.txt" published on 2026-03-06 that says "Perjanjian kereta Mekong diteken di Vientiane pada Kamis (5/3), kata pejabat Laos."
    And an article "b.txt" that says "Rencana kereta Mekong dibahas sejak 2025. Perjanjian kereta Mekong diteken di Vientiane pada Rabu (5/3), kata pejabat Laos."
    When the ledger is built
    Then there is no finding on the date "Rabu (5/3)" alone

  Scenario: An old year written as history does not put the undated article's year in doubt
    Given an article "a.txt" published on 2026-03-06 that says "Perjanjian kereta Mekong diteken di Vientiane pada Kamis (5/3), kata pejabat Laos."
    And an article "b.txt" that says "Gagasan kereta Mekong lahir pada 1998. Perjanjian kereta Mekong diteken di Vientiane pada Rabu (5/3), kata pejabat Laos."
    When the ledger is built
    Then there is a finding on the date "Rabu (5/3)" alone
