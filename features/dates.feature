@dates
Feature: When something happened (rule date-range)
  A date in a news story is read as a range of days: "9 Januari" is one day,
  "awal Juni" is 1-10 June, "bulan September" the whole month, "seminggu lalu" a
  few days around a week before the publication date, "9-10 Januari" two days.
  Dates without a year take it from the publication date and the tense of the
  sentence ("akan dimulai" looks forward); a weekday checks that reading but never
  moves it to another year, and a year named elsewhere in the article is taken
  only by a weekday and date that fall together in it: no year is guessed.
  "minggu depan" is next week, "hari Minggu" a Sunday. "dua hari kemudian" counts
  from the date the text named just before, never from the publication. Ranges
  that overlap agree; ranges with a gap cannot both be the date of the same event.
  A date that cannot be placed in time, or a clock time, is never compared.

  Scenario Outline: Two accounts of when the next meeting takes place
    Given an article "a.txt" published on <published> that says "Delegasi AS dan Rusia sepakat untuk bertemu lagi di Jenewa pada <date a>, kata pejabat itu."
    And an article "b.txt" published on <published> that says "Delegasi AS dan Rusia sepakat untuk bertemu lagi di Jenewa pada <date b>, tambahnya."
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

  # --- issue 7: word senses, ranges, anchors, weekdays, no guessed year ---------------

  Scenario Outline: "minggu" after a shift word is a week, in any capitals; with "hari", a date or a time of day it is Sunday
    Given an article "a.txt" published on 2022-01-12 that says "<sentence>"
    When the ledger is built
    Then the date claim "<when>" in "a.txt" is read as <lo>..<hi>

    Examples: weeks, not Sundays
      | sentence                                                        | when         | lo         | hi         |
      | Pembicaraan lanjutan di Jenewa akan digelar minggu depan.       | minggu depan | 2022-01-17 | 2022-01-23 |
      | Pembicaraan Lanjutan Di Jenewa Akan Digelar Minggu Depan        | Minggu Depan | 2022-01-17 | 2022-01-23 |
      | Pembicaraan di Jenewa digelar minggu lalu, kata pejabat.        | minggu lalu  | 2022-01-03 | 2022-01-09 |
      | Minggu ini pembicaraan di Jenewa digelar lagi, kata pejabat.    | Minggu ini   | 2022-01-10 | 2022-01-16 |

    Examples: Sundays
      | sentence                                                        | when         | lo         | hi         |
      | Pembicaraan di Jenewa akan digelar pada hari Minggu.            | hari Minggu  | 2022-01-16 | 2022-01-16 |
      | Pembicaraan di Jenewa akan digelar pada Minggu (16/1).          | Minggu (16/1) | 2022-01-16 | 2022-01-16 |
      | Pembicaraan di Jenewa akan digelar pada Minggu pagi.            | Minggu       | 2022-01-16 | 2022-01-16 |
      | Pembicaraan di Jenewa digelar Minggu, 9 Januari 2022.           | Minggu, 9 Januari 2022 | 2022-01-09 | 2022-01-09 |

  Scenario Outline: Capitalised words of a headline or a name are not Sundays
    Given an article "a.txt" published on 2022-01-12 that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no date claim

    Examples:
      | sentence                                                   |
      | Pembicaraan Di Jenewa Digelar Selama Dua Minggu            |
      | Anak-anak Sekolah Minggu mengikuti pembicaraan di Jenewa.  |
      | Pembicaraan di Jenewa digelar setiap Senin, kata pejabat.  |

  Scenario: Next week read as next Sunday would contradict a day of next week
    Given an article "a.txt" published on 2022-01-12 that says "Pembicaraan lanjutan di Jenewa akan digelar Minggu depan, kata pejabat."
    And an article "b.txt" published on 2022-01-12 that says "Pembicaraan lanjutan di Jenewa akan digelar pada 18 Januari, kata diplomat."
    When the ledger is built
    Then the date claims "Minggu depan" and "18 Januari" are not called a contradiction

  Scenario Outline: A range of days is one date, and a day inside it agrees with it
    Given an article "a.txt" published on 2022-01-05 that says "Perundingan di Jenewa akan berlangsung pada <range>, kata pejabat."
    When the ledger is built
    Then the date claim "<range>" in "a.txt" is read as <lo>..<hi>

    Examples:
      | range                    | lo         | hi         |
      | 9-10 Januari             | 2022-01-09 | 2022-01-10 |
      | 9–10 Januari 2022        | 2022-01-09 | 2022-01-10 |
      | 10 hingga 12 Januari     | 2022-01-10 | 2022-01-12 |
      | 10 sampai 12 Januari     | 2022-01-10 | 2022-01-12 |
      | antara 10 dan 12 Januari | 2022-01-10 | 2022-01-12 |
      | 30 Januari-2 Februari    | 2022-01-30 | 2022-02-02 |
      | akhir pekan ini          | 2022-01-07 | 2022-01-09 |

  Scenario Outline: Two accounts of when the talks take place, with ranges, weeks and Sundays
    Given an article "a.txt" published on 2022-01-05 that says "Perundingan AS-Rusia di Jenewa akan berlangsung pada <date a>, kata pejabat."
    And an article "b.txt" published on 2022-01-05 that says "Perundingan AS-Rusia di Jenewa akan berlangsung pada <date b>, kata diplomat."
    When the ledger is built
    Then there is a date finding between "<date a>" and "<date b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples: a day inside a range, a day of next week
      | date a                   | date b       | verdict    | explained                                                |
      | 9-10 Januari             | 10 Januari   | consistent | '10 Januari' = 2022-01-10 lies within '9-10 Januari' = 2022-01-09..2022-01-10 |
      | antara 10 dan 12 Januari | 11 Januari   | consistent | lies within                                              |
      | 9–10 Januari 2022        | 9 Januari    | consistent | lies within                                              |
      | minggu depan             | 13 Januari   | consistent | lies within                                              |
      | hari Minggu              | 9 Januari    | consistent | 2022-01-09                                               |

    Examples: days outside
      | date a                   | date b       | verdict       | explained    |
      | 9-10 Januari             | 12 Januari   | contradiction | ends before  |
      | 10 hingga 12 Januari     | 9 Januari    | contradiction | ends before  |
      | minggu depan             | 18 Januari   | contradiction | ends before  |

  Scenario: "Minggu pagi" is a Sunday, and not the Monday another version gives
    Given an article "a.txt" published on 2022-01-05 that says "Perundingan AS-Rusia di Jenewa akan berlangsung pada Minggu pagi, kata pejabat."
    And an article "b.txt" published on 2022-01-05 that says "Perundingan AS-Rusia di Jenewa akan berlangsung pada 10 Januari, kata diplomat."
    When the ledger is built
    Then there is a date finding between "Minggu" and "10 Januari"
    And its verdict is "contradiction"
    And its explanation mentions "'Minggu' = 2022-01-09 and '10 Januari' = 2022-01-10 are 1 day apart"

  Scenario: A date dated from another date is not dated from the publication
    Given an article "a.txt" published on 2022-01-05 that says "Pembicaraan di Jenewa akan digelar dua hari kemudian, kata pejabat."
    And an article "b.txt" published on 2022-01-05 that says "Pembicaraan di Jenewa akan digelar pada 12 Januari, kata diplomat."
    When the ledger is built
    Then the date claim "dua hari kemudian" in "a.txt" is not placed in time
    And there is no date finding involving "dua hari kemudian"

  Scenario Outline: A date dated from the date just named resolves from it
    Given an article "a.txt" published on 2021-12-31 that says "Pertemuan di Brussel akan digelar pada 9 Januari dan pertemuan di Wina <after>."
    When the ledger is built
    Then the date claim "<after>" in "a.txt" is read as <lo>..<hi>

    Examples:
      | after                | lo         | hi         |
      | sehari setelahnya    | 2022-01-10 | 2022-01-10 |
      | keesokan harinya     | 2022-01-10 | 2022-01-10 |
      | dua hari setelah itu | 2022-01-11 | 2022-01-11 |
      | sehari sebelumnya    | 2022-01-08 | 2022-01-08 |

  Scenario: A weekday is never moved to another year to make it fit
    Given an article "a.txt" published on 2021-01-15 that says "Pembicaraan di Jenewa digelar pada Minggu (2/1), kata pejabat."
    When the ledger is built
    Then the date claim "Minggu (2/1)" in "a.txt" is read as 2021-01-02..2021-01-02

  Scenario: A year named elsewhere in the article is no year for a bare day and month
    Given an article "a.txt" that says "Pembicaraan di Jenewa dimulai pada 9 Januari. Tahun 2022 akan menjadi tahun yang sulit."
    When the ledger is built
    Then the date claim "9 Januari" in "a.txt" has no year

  Scenario: ... but it is the year of a weekday and date that fall together in it
    Given an article "a.txt" that says "Pembicaraan di Jenewa dimulai pada Minggu (9/1). Tahun 2022 akan menjadi tahun yang sulit."
    When the ledger is built
    Then the date claim "Minggu (9/1)" in "a.txt" is read as 2022-01-09..2022-01-09

  Scenario Outline: ... and so is a range of days whose first weekday falls on its first day in it
    Given an article "a.txt" that says "Pembicaraan di Jenewa digelar pada <range>. Tahun 2022 akan menjadi tahun yang sulit."
    When the ledger is built
    Then the date claim "<range>" in "a.txt" <reading>

    Examples:
      | range                | reading                                  |
      | Minggu-Senin (9-10/1) | is read as 2022-01-09..2022-01-10        |
      | Rabu-Kamis (9-10/1)   | has no year                              |

  Scenario: A scheduled time and the actual one are not dates to compare
    Given an article "a.txt" published on 2022-01-10 that says "Pembicaraan di Jenewa dijadwalkan dimulai pukul 15.30 waktu setempat, tetapi baru dimulai pukul 15.35."
    And an article "b.txt" published on 2022-01-10 that says "Pembicaraan di Jenewa dimulai pukul 15.35 waktu setempat."
    When the ledger is built
    Then there is no time finding involving "pukul 15.30 waktu setempat"
    And there is no time finding involving "pukul 15.35"
    And the article "a.txt" has no date claim

  Scenario Outline: An occasion of several days may be dated by its first day, its last, or a day between
    Given an article "a.txt" published on 2024-06-08 that says "<first>"
    And an article "b.txt" published on 2024-06-08 that says "<second>"
    When the ledger is built
    Then there is a date finding between "<date a>" and "<date b>"
    And its verdict is "<verdict>"

    Examples:
      | first                                                                                        | second                                                                    | date a           | date b           | verdict       |
      | Dewan Gubernur memulai sidang di Wina, Austria, Senin (3/6/2024). Sidang di Wina itu berlangsung lima hari. | Dewan Gubernur mengesahkan resolusi dalam sidang di Wina, Kamis (6/6/2024). | Senin (3/6/2024) | Kamis (6/6/2024) | consistent    |
      | Sidang Dewan Gubernur di Wina dibuka Senin (3/6/2024) dan berlangsung hingga Jumat (7/6/2024). | Sidang Dewan Gubernur di Wina mengesahkan resolusi pada Kamis (6/6/2024).   | Jumat (7/6/2024) | Kamis (6/6/2024) | consistent    |
      | Dewan Gubernur memulai sidang di Wina, Austria, Senin (3/6/2024). Sidang di Wina itu berlangsung lima hari. | Dewan Gubernur menggelar sidang di Wina, Minggu (2/6/2024).               | Senin (3/6/2024) | Minggu (2/6/2024) | contradiction |

  Scenario Outline: An opening and a closing date are the first and the last day of one occasion
    Given an article "a.txt" published on 2026-02-26 that says "Konferensi rekonstruksi di Wina dibuka pada <opened>."
    And an article "b.txt" published on 2026-02-26 that says "Konferensi rekonstruksi di Wina ditutup pada <closed> dengan komitmen hibah."
    When the ledger is built
    Then there is a date finding between "<opened>" and "<closed>"
    And its verdict is "<verdict>"

    Examples:
      | opened           | closed           | verdict       |
      | Selasa (24/2)    | Rabu (25/2)      | consistent    |
      | Selasa (24/2)    | Selasa (24/2)    | consistent    |
      | Rabu (25/2)      | Selasa (24/2)    | contradiction |

  Scenario: A first day of talks held on one day is their date
    Given an article "a.txt" published on 2022-01-03 that says "Pembicaraan bilateral AS-Rusia akan dimulai di Jenewa pada 9 Januari."
    And an article "b.txt" published on 2022-01-03 that says "Pembicaraan bilateral AS-Rusia di Jenewa dipastikan berlangsung pada 10 Januari 2022."
    When the ledger is built
    Then there is a date finding between "9 Januari" and "10 Januari 2022"
    And its verdict is "contradiction"

  Scenario: Two consecutive days joined by "dan" are the days of one occasion
    Given an article "a.txt" published on 2025-05-17 that says "Para pemimpin bertemu dalam pertemuan informal di Jenewa pada Kamis (15/5) dan Jumat (16/5)."
    And an article "b.txt" published on 2025-05-17 that says "Kesepakatan itu diumumkan pada akhir pertemuan informal di Jenewa, Jumat, 16 Mei 2025."
    When the ledger is built
    Then the date claim "Kamis (15/5) dan Jumat (16/5)" in "a.txt" is read as 2025-05-15..2025-05-16
    And there is a date finding between "Kamis (15/5) dan Jumat (16/5)" and "Jumat, 16 Mei 2025"
    And its verdict is "consistent"

  Scenario Outline: Weekdays written before a range of days are the range's days, not days counted from the publication
    Given an article "a.txt" published on 2026-04-30 that says "Konferensi itu digelar di Jenewa pada <range>, dengan 40 delegasi."
    When the ledger is built
    Then the date claim "<range>" in "a.txt" is read as <lo>..<hi>

    Examples:
      | range                                  | lo         | hi         |
      | Selasa hingga Kamis, 21-23 April 2026  | 2026-04-21 | 2026-04-23 |
      | Selasa-Kamis (21-23/4)                 | 2026-04-21 | 2026-04-23 |
      | Senin sampai Rabu (20-22/4)            | 2026-04-20 | 2026-04-22 |
      | Selasa, 21-23 April                    | 2026-04-21 | 2026-04-23 |
      | 21-23/4/2026                           | 2026-04-21 | 2026-04-23 |

  Scenario: A range written with weekdays agrees with a day inside it
    Given an article "a.txt" published on 2026-04-30 that says "Konferensi itu digelar di Jenewa pada Selasa hingga Kamis, 21-23 April 2026, dengan 40 delegasi."
    And an article "b.txt" published on 2026-04-30 that says "Konferensi itu dibuka di Jenewa pada Selasa (21/4), dengan 40 delegasi."
    When the ledger is built
    Then there is a date finding between "Selasa hingga Kamis, 21-23 April 2026" and "Selasa (21/4)"
    And its verdict is "consistent"

  Scenario: Day numbers over a month with no year and no brackets may be a fraction, not days
    Given an article "a.txt" published on 2026-04-30 that says "Pertemuan di Jenewa menyepakati porsi 1-2/3 dari anggaran."
    When the ledger is built
    Then the article "a.txt" has no date claim "1-2/3"

  Scenario: Talks that ended in the small hours began the day before
    Given an article "a.txt" published on 2023-03-20 that says "Kesepakatan dicapai dalam perundingan di Ohrid, Makedonia Utara, yang berakhir Minggu (19/3/2023) dini hari."
    And an article "b.txt" published on 2023-03-20 that says "Kedua pemimpin menyepakati lampiran itu dalam perundingan di Ohrid, Makedonia Utara, Sabtu (18/3/2023)."
    When the ledger is built
    Then the date claims "Minggu (19/3/2023)" and "Sabtu (18/3/2023)" are not called a contradiction


  # --- issue 7, point 4: a date counted from a named occasion ------------------------

  Scenario: "tiga hari setelah kudeta" is counted from the date the same article gives the coup
    Given an article "a.txt" published on 2023-07-31 that says "Kudeta di Niamey terjadi pada Rabu (26/7). Tiga hari setelah kudeta, para pemimpin ECOWAS menggelar KTT luar biasa di Abuja."
    And an article "b.txt" published on 2023-07-31 that says "Para pemimpin ECOWAS menggelar KTT luar biasa di Abuja pada Minggu (30/7) untuk membahas krisis Niger."
    When the ledger is built
    Then the date claim "Tiga hari setelah" in "a.txt" is read as 2023-07-29..2023-07-29
    And there is a date finding between "Tiga hari setelah" and "Minggu (30/7)"
    And its verdict is "contradiction"
    And its explanation mentions "counted from 'Rabu (26/7)', the date the article gives 'kudeta': 2023-07-26 + 3 days = 2023-07-29"

  Scenario Outline: The occasion's date may stand in its own words, or next to its words elsewhere
    Given an article "a.txt" published on 2023-05-26 that says "<text>"
    When the ledger is built
    Then the date claim "<when>" in "a.txt" is read as <lo>..<hi>

    Examples:
      | text                                                                                                                   | when              | lo         | hi         |
      | Misi pemantau menyampaikan laporan awal dua hari setelah pemungutan suara pada Minggu (21/5).                        | dua hari setelah  | 2023-05-23 | 2023-05-23 |
      | Pada hari pemungutan suara, Minggu (21/5), pemantau mengunjungi 200 TPS. Laporan awal terbit dua hari setelah pemungutan suara. | dua hari setelah  | 2023-05-23 | 2023-05-23 |
      | KTT Mercosur digelar di Rio pada Kamis (8/12). Dua pekan sebelum KTT itu, para negosiator bertemu di Montevideo.        | Dua pekan sebelum | 2022-11-20 | 2022-11-28 |
      | Menteri itu tiba di Kairo kurang dari tiga minggu setelah pertemuan tingkat menteri di Kairo pada 19 Februari.        | kurang dari tiga minggu setelah | 2023-03-01 | 2023-03-12 |

  Scenario Outline: No date when the article gives the occasion no date, or more than one
    Given an article "a.txt" published on 2023-07-31 that says "<text>"
    And an article "b.txt" published on 2023-07-31 that says "Para pemimpin ECOWAS menggelar KTT luar biasa di Abuja pada Minggu (30/7)."
    When the ledger is built
    Then the date claim "<when>" in "a.txt" is not placed in time
    And there is no date finding involving "<when>"

    Examples:
      | text                                                                                                                                   | when              |
      | Tiga hari setelah kudeta, para pemimpin ECOWAS menggelar KTT luar biasa di Abuja.                                                     | Tiga hari setelah |
      | Putaran pertama digelar pada 5 Juli dan putaran kedua pada 20 Juli. Sehari setelah putaran itu, para pemimpin ECOWAS menggelar KTT luar biasa di Abuja. | Sehari setelah    |
      | Delegasi Prancis tiba pada 25 Juli. Empat hari setelah delegasi itu pergi, para pemimpin ECOWAS menggelar KTT luar biasa di Abuja.    | Empat hari setelah |

  Scenario: A stretch of days after an occasion is no date
    Given an article "a.txt" published on 2023-08-20 that says "China menggelar latihan militer selama empat hari setelah kunjungan itu, kata pejabat."
    When the ledger is built
    Then the article "a.txt" has no date claim

  Scenario: A date counted from an occasion in an article that borrows its year is never a contradiction
    Given an article "a.txt" that says "Kudeta di Niamey terjadi pada 26 Juli. Tiga hari setelah kudeta, para pemimpin ECOWAS menggelar KTT luar biasa di Abuja."
    And an article "b.txt" published on 2023-07-31 that says "Para pemimpin ECOWAS menggelar KTT luar biasa di Abuja pada Minggu (30/7) untuk membahas kudeta di Niger."
    When the ledger is built
    Then the date claim "Tiga hari setelah" in "a.txt" is read as 2023-07-29..2023-07-29
    And there is no date finding with the verdict "contradiction"

  Scenario: The day before a conference opened is the date of a side meeting, not of the conference
    Given an article "a.txt" published on 2026-02-26 that says "Konferensi rekonstruksi di Wina dibuka pada Selasa (24/2). Para menteri bertemu secara bilateral di Wina sehari sebelum konferensi dibuka."
    And an article "b.txt" published on 2026-02-26 that says "Konferensi rekonstruksi di Wina dibuka pada Selasa (24/2) dengan komitmen hibah."
    When the ledger is built
    Then the date claim "sehari sebelum" in "a.txt" is read as 2026-02-23..2026-02-23
    And there is no date finding involving "sehari sebelum"

  Scenario Outline: One day written with two weekdays is a contradiction naming the weekday that fits
    Given an article "a.txt" published on 2021-11-30 that says "Perundingan nuklir Iran dimulai lagi di Wina, <a>."
    And an article "b.txt" published on 2021-11-30 that says "Perundingan nuklir Iran dibuka kembali di Wina pada <b>."
    When the ledger is built
    Then there is a date finding between "<a>" and "<b>"
    And its verdict is "<verdict>"

    Examples:
      | a              | b                    | verdict       |
      | Selasa (29/11) | hari Senin (29/11)   | contradiction |
      | Senin (29/11)  | hari Senin (29/11)   | consistent    |
      | Senin (29/11)  | 29 November          | consistent    |

  Scenario: "dimulai di", "dibuka di", "ditutup di" say where the occasion was, like "digelar di"
    Given an article "a.txt" published on 2021-11-30 that says "Perundingan untuk menghidupkan kembali kesepakatan nuklir Iran dimulai lagi di Wina, Senin (29/11)."
    And an article "b.txt" published on 2021-11-30 that says "Perundingan untuk menghidupkan kembali kesepakatan nuklir Iran dimulai di Jenewa, Selasa (30/11)."
    When the ledger is built
    Then the date claims "Senin (29/11)" and "Selasa (30/11)" are not called a contradiction


  Scenario: A date counted from a date of its own sentence is confirmed with it
    Given an article "a.txt" that says "Dialog keamanan dimulai di Jenewa pada 9 Januari, disusul sidang Dewan NATO-Rusia di Brussel dua hari kemudian."
    And an article "b.txt" published on 2022-01-08 that says "Dialog keamanan dimulai di Jenewa pada 9 Januari. Sidang Dewan NATO-Rusia di Brussel digelar pada 12 Januari."
    When the ledger is built
    Then the date claim "dua hari kemudian" in "a.txt" is read as 2022-01-11..2022-01-11
    And the contradictions are exactly
      | property | value a           | value b    |
      | date     | dua hari kemudian | 12 Januari |

  Scenario Outline: A date counted from a borrowed year, or from a date of an earlier sentence, is never a contradiction
    Given an article "a.txt" that says "<a>"
    And an article "b.txt" published on 2022-01-08 that says "<b>"
    When the ledger is built
    Then there is no date finding with the verdict "contradiction"

    Examples:
      | a                                                                                                                  | b                                                                                                   |
      | Dialog keamanan dimulai di Jenewa pada 9 Januari, disusul sidang Dewan NATO-Rusia di Brussel dua hari kemudian.     | Sidang Dewan NATO-Rusia di Brussel digelar pada 12 Januari.                                           |
      | Dialog keamanan dimulai di Jenewa pada 9 Januari. Dua hari kemudian, Dewan NATO-Rusia bersidang di Brussel.         | Dialog keamanan dimulai di Jenewa pada 9 Januari. Sidang Dewan NATO-Rusia di Brussel digelar pada 12 Januari. |

  Scenario Outline: The day a span runs "hingga" is its last day: an earlier day of it is no slip, a later day or another last day is
    Given an article "a.txt" published on 2024-06-08 that says "Sidang Dewan Gubernur di Wina berlangsung hingga Jumat (7/6/2024)."
    And an article "b.txt" published on 2024-06-08 that says "<other>"
    When the ledger is built
    Then there is a date finding between "Jumat (7/6/2024)" and "<date>"
    And its verdict is "<verdict>"

    Examples:
      | other                                                                     | date             | verdict       |
      | Dewan Gubernur menggelar sidang di Wina pada Senin (3/6/2024).             | Senin (3/6/2024) | consistent    |
      | Dewan Gubernur menggelar sidang di Wina pada Sabtu (8/6/2024).             | Sabtu (8/6/2024) | contradiction |
      | Sidang Dewan Gubernur di Wina berlangsung hingga Kamis (6/6/2024).    | Kamis (6/6/2024) | contradiction |

  Scenario: A term an occasion granted does not make the occasion last days
    Given an article "a.txt" published on 2023-08-02 that says "KTT luar biasa ECOWAS di Abuja dimulai pada Minggu (30/7). KTT luar biasa ECOWAS di Abuja memberi junta waktu tujuh hari untuk membebaskan presiden."
    And an article "b.txt" published on 2023-08-02 that says "KTT luar biasa ECOWAS di Abuja digelar pada Senin (31/7)."
    When the ledger is built
    Then there is a date finding between "Minggu (30/7)" and "Senin (31/7)"
    And its verdict is "contradiction"

  Scenario: The date a dateline gives is the day the copy was filed, not a date of the occasion
    Given an article "a.txt" published on 2026-03-12 that says "Jenewa, Swiss, 12 Maret 2026 (ANTARA) - Perundingan di Jenewa berakhir pada Rabu (11/3) tanpa kesepakatan."
    And an article "b.txt" published on 2026-03-12 that says "Perundingan di Jenewa berakhir pada Rabu (11/3) tanpa kesepakatan, kata para diplomat."
    When the ledger is built
    Then the claim "12 Maret 2026" in "a.txt" is the day the copy was filed
    And there is no date finding involving "12 Maret 2026"

  Scenario Outline: A date set before its clause with a comma dates the event word after it
    Given an article "a.txt" published on 2026-10-10 that says "KTT ASEAN di Vientiane digelar pada Kamis (8/10/2026) dengan agenda Myanmar."
    And an article "b.txt" published on 2026-10-10 that says "<said>"
    When the ledger is built
    Then there is a date finding between "Kamis (8/10/2026)" and "<date>"
    And its verdict is "contradiction"

    Examples:
      | said                                                                               | date                  |
      | Pada Jumat, 9 Oktober 2026, KTT ASEAN dibuka di Vientiane dengan agenda Myanmar.    | Jumat, 9 Oktober 2026 |
      | Di Vientiane, pada Jumat (9/10/2026), KTT ASEAN membahas krisis Myanmar.           | Jumat (9/10/2026)     |
      | KTT ASEAN di Vientiane dibuka Jumat pagi (9/10/2026) dengan agenda Myanmar.         | Jumat pagi (9/10/2026) |

  Scenario: A date set before a clause that names no event, or far into the sentence, dates nothing after the comma
    Given an article "a.txt" published on 2026-10-10 that says "KTT ASEAN di Vientiane digelar pada Kamis (8/10/2026) dengan agenda Myanmar."
    And an article "b.txt" published on 2026-10-10 that says "Para menteri luar negeri tiba di Vientiane lebih awal pada Selasa (6/10/2026), KTT ASEAN dibuka dua hari kemudian."
    When the ledger is built
    Then the date claims "Kamis (8/10/2026)" and "Selasa (6/10/2026)" are not called a contradiction
