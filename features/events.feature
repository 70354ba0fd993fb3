@events
Feature: One occasion, or several (which claims are compared at all)
  A story speaks of several occasions: a series of meetings in different cities,
  an earlier meeting of the same people, a video call and a phone call. Two
  claims are compared only when they are about one occasion, and a contradiction
  is asserted only when positive evidence ties both claims to it: the same kind
  of event and the same place, a participant in common, or (for a length) the
  same date, with no marker of another occasion ("Sebelumnya", "pertemuan
  sebelumnya", another number in the series, another place, another medium).
  Every finding carries a confidence (0–1) that grows with each agreeing clue,
  and the reasons in words. When the evidence is weak, the ledger says nothing.

  Scenario: Each meeting of a series listed in one sentence is its own occasion
    Given an article "a.txt" published on 2023-05-08 that says "Para menteri mengadakan perundingan di Istanbul pada 4 Mei, pertemuan dewan di Brussel pada 6 Mei dan konferensi di Wina pada 7 Mei."
    And an article "b.txt" published on 2023-05-08 that says "Para menteri mengadakan perundingan di Istanbul pada 4 Mei. Konferensi di Wina digelar pada 7 Mei, setelah pertemuan dewan di Brussel."
    When the ledger is built
    Then the date claims "6 Mei" and "7 Mei" are never compared
    And the date claims "4 Mei" and "7 Mei" are never compared

  Scenario: A slip on one meeting of the series is still found
    Given an article "a.txt" published on 2023-05-08 that says "Para menteri mengadakan perundingan di Istanbul pada 4 Mei, pertemuan dewan di Brussel pada 6 Mei dan konferensi di Wina pada 7 Mei."
    And an article "b.txt" published on 2023-05-08 that says "Pertemuan dewan di Brussel berlangsung pada 5 Mei, dua hari sebelum konferensi di Wina."
    When the ledger is built
    Then there is a date finding between "6 Mei" and "5 Mei"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Brussel"

  Scenario: An earlier meeting of the same people is another occasion
    Given an article "a.txt" published on 2023-03-15 that says "Menteri luar negeri Italia dan Prancis bertemu selama 40 menit di Paris pada Selasa (14/3). Sebelumnya, kedua menteri bertemu selama tiga jam pada 2 Maret."
    And an article "b.txt" published on 2023-03-15 that says "Pertemuan menteri luar negeri Italia dan Prancis di Paris berlangsung sekitar 40 menit."
    When the ledger is built
    Then the duration claims "tiga jam" and "40 menit" are never compared
    And the date claims "2 Maret" and "Selasa (14/3)" are never compared

  Scenario Outline: Markers of another occasion keep its claims apart
    Given an article "a.txt" published on 2023-03-15 that says "Delegasi Jepang dan Korea Selatan bertemu selama 40 menit di Tokyo pada Selasa."
    And an article "b.txt" published on 2023-03-15 that says "<other occasion>"
    When the ledger is built
    Then the duration claims "40 menit" and "<length>" are never compared

    Examples:
      | other occasion                                                                          | length   |
      | Pada pertemuan sebelumnya, delegasi Jepang dan Korea Selatan berunding selama tiga jam. | tiga jam |
      | Putaran kedua pertemuan delegasi Jepang dan Korea Selatan berlangsung dua jam.          | dua jam  |
      | Delegasi Jepang dan Korea Selatan bertemu selama dua jam di Seoul.                      | dua jam  |
      | Panggilan video delegasi Jepang dan Korea Selatan berlangsung dua jam.                  | dua jam  |

  Scenario: Two series meetings named by their participants stay apart
    Given an article "a.txt" published on 2022-01-03 that says "Pembicaraan AS-Rusia akan dimulai pada 10 Januari, disusul pertemuan NATO-Rusia pada 12 Januari."
    And an article "b.txt" published on 2022-01-03 that says "Pertemuan NATO-Rusia dijadwalkan berlangsung pada 12 Januari."
    When the ledger is built
    Then the date claims "10 Januari" and "12 Januari" are never compared

  Scenario: With nothing but the kind of event in common, no contradiction
    Given an article "a.txt" that says "Pertemuan itu berlangsung dua jam."
    And an article "b.txt" that says "Pertemuan tersebut berlangsung 40 menit."
    When the ledger is built
    Then the duration claims "dua jam" and "40 menit" are not called a contradiction

  Scenario Outline: The confidence grows with each agreeing clue
    Given an article "a.txt" that says "<first>"
    And an article "b.txt" that says "<second>"
    When the ledger is built
    Then there is a duration finding between "dua jam" and "40 menit"
    And its verdict is "contradiction"
    And its confidence is between <lo> and <hi>
    And its reasons mention "<reason>"

    Examples:
      | first                                                       | second                                                        | lo   | hi   | reason                  |
      | Pertemuan di Jenewa berlangsung dua jam.                    | Pertemuan di Jenewa berlangsung 40 menit.                     | 0.70 | 0.80 | both place it in Jenewa |
      | Pertemuan AS-Rusia berlangsung dua jam.                     | Pertemuan AS-Rusia berlangsung 40 menit.                      | 0.65 | 0.75 | both name AS, Rusia     |
      | Pertemuan AS-Rusia di Jenewa berlangsung dua jam.           | Pertemuan AS-Rusia di Jenewa berlangsung 40 menit.            | 0.90 | 1.00 | both place it in Jenewa |

  Scenario: The place named in an article's lead ties its later sentences to the occasion
    Given an article "a.txt" that says "Pembicaraan AS-Rusia digelar di Jenewa. Pembicaraan itu berlangsung dua jam."
    And an article "b.txt" that says "Pembicaraan AS-Rusia di Jenewa dimulai pagi hari. Pembicaraan tersebut berlangsung 40 menit."
    When the ledger is built
    Then there is a duration finding between "dua jam" and "40 menit"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Jenewa"

  Scenario: A date whose year comes from another article is never a contradiction
    Given an article "a.txt" that says "Pembicaraan AS-Rusia di Jenewa akan dimulai pada 9 Januari."
    And an article "b.txt" published on 2022-01-03 that says "Pembicaraan AS-Rusia di Jenewa akan dimulai pada 10 Januari."
    When the ledger is built
    Then the date claims "9 Januari" and "10 Januari" are not called a contradiction

  Scenario: An undated article whose own weekday fits the story's year is about that year
    Given an article "a.txt" published on 2023-07-04 that says "Presiden tiba di Sydney pada Senin (3/7/2023). Pertemuan 2+2 para menteri kedua negara telah digelar di Jakarta pada 23 Juni."
    And an article "b.txt" that says "Presiden tiba di Sydney pada Senin (3/7). Topik itu dimatangkan dalam pertemuan 2+2 di Jakarta pada 22 Juni."
    When the ledger is built
    Then there is a date finding between "23 Juni" and "22 Juni"
    And its verdict is "contradiction"

  Scenario: A bare weekday in an undated article is read against a borrowed date, and never contradicts
    Given an article "a.txt" published on 2023-08-21 that says "Konferensi donor di Wina yang ditutup pada Minggu (13/8/2023) menghimpun komitmen baru."
    And an article "b.txt" that says "Konferensi donor di Wina ditutup pada hari Minggu setelah berlangsung tiga hari."
    When the ledger is built
    Then the date claims "Minggu (13/8/2023)" and "hari Minggu" are not called a contradiction

  Scenario Outline: An undated article's year is not confirmed by a weekday that does not fit, or for a date counted from the day of writing
    Given an article "a.txt" published on 2023-07-04 that says "Presiden tiba di Sydney pada Senin (3/7/2023). Pertemuan 2+2 para menteri kedua negara telah digelar di Jakarta pada 23 Juni."
    And an article "b.txt" that says "Presiden tiba di Sydney pada <weekday>. Topik itu dimatangkan dalam pertemuan 2+2 di Jakarta <date b>."
    When the ledger is built
    Then the date claims "23 Juni" and "<date b claim>" are not called a contradiction

    Examples:
      | weekday       | date b            | date b claim |
      | Selasa (3/7)  | pada 22 Juni      | 22 Juni      |
      | hari Senin    | pada 22 Juni      | 22 Juni      |
      | Senin (3/7)   | dua pekan lalu    | dua pekan lalu |

  Scenario: An earlier occasion marked in one article is not tied by its city alone to an occasion left unmarked in another
    Given an article "a.txt" published on 2023-07-04 that says "Presiden bertemu Perdana Menteri di Sydney pada Selasa (4/7/2023). Pertemuan 2+2 para menteri kedua negara telah digelar di Jakarta pada 23 Juni."
    And an article "b.txt" published on 2023-07-04 that says "Presiden bertemu Perdana Menteri di Sydney pada Selasa (4/7/2023). Sebelumnya, topik itu dimatangkan dalam pertemuan 2+2 di Jakarta pada 22 Juni."
    When the ledger is built
    Then the date claims "23 Juni" and "22 Juni" are not called a contradiction
    And the date claims "Selasa (4/7/2023)" and "22 Juni" are never compared

  Scenario: The same dates with each article's own publication date are a contradiction
    Given an article "a.txt" published on 2022-01-03 that says "Pembicaraan AS-Rusia di Jenewa akan dimulai pada 9 Januari."
    And an article "b.txt" published on 2022-01-03 that says "Pembicaraan AS-Rusia di Jenewa akan dimulai pada 10 Januari."
    When the ledger is built
    Then there is a date finding between "9 Januari" and "10 Januari"
    And its verdict is "contradiction"

  Scenario: One meeting dated a day apart by two articles is one meeting with a date slip: its lengths still compare
    Given an article "a.txt" published on 2026-05-15 that says "Pertemuan di Osaka antara Budi Santoso dan Yoji Muto pada Rabu (13/5/2026) berlangsung dua jam."
    And an article "b.txt" published on 2026-05-15 that says "Pertemuan di Osaka antara Budi Santoso dan Yoji Muto pada Kamis (14/5/2026) berlangsung satu setengah jam."
    When the ledger is built
    Then there is a date finding between "Rabu (13/5/2026)" and "Kamis (14/5/2026)"
    And its verdict is "contradiction"
    And there is a duration finding between "dua jam" and "satu setengah jam"
    And its verdict is "contradiction"
    And its explanation mentions "90 min"
    And its confidence is between 0.75 and 0.85
    And its reasons mention "a slip reported on its own"

  Scenario Outline: A meeting dated on two days, over several, or with nothing but its people in common is not read as a date slip
    Given an article "a.txt" published on 2026-05-15 that says "Pertemuan di Osaka antara Budi Santoso dan Yoji Muto pada Rabu (13/5/2026) berlangsung dua jam."
    And an article "b.txt" published on 2026-05-15 that says "<second>"
    And an article "c.txt" published on 2026-05-15 that says "<third>"
    When the ledger is built
    Then the duration claims "dua jam" and "<length>" are never compared

    Examples:
      | second                                                                                                                        | third                                                                                  | length            |
      | Pertemuan di Osaka antara Budi Santoso dan Yoji Muto pada Kamis (14/5/2026) berlangsung satu setengah jam. | Budi Santoso dan Yoji Muto bertemu di Osaka selama dua hari, 13-14 Mei 2026.          | satu setengah jam |
      | Pertemuan antara Budi Santoso dan Yoji Muto pada Kamis (14/5/2026) berlangsung satu setengah jam.          | Para pengusaha Jepang menyambut baik hasil pertemuan itu.                             | satu setengah jam |
      | Pertemuan di Osaka antara Budi Santoso dan Yoji Muto pada Sabtu (16/5/2026) berlangsung satu setengah jam. | Para pengusaha Jepang menyambut baik hasil pertemuan itu.                             | satu setengah jam |

  Scenario Outline: A word stepping back in time between the subject and the event word makes an earlier occasion
    Given an article "a.txt" published on 2023-03-08 that says "Kedua menteri bertemu di Roma pada Selasa (7/3/2023) selama 40 menit."
    And an article "b.txt" published on 2023-03-08 that says "Kedua menteri bertemu di Roma pada Selasa (7/3/2023) selama satu jam. Kedua menteri <marker> bertemu di Roma selama tiga jam."
    When the ledger is built
    Then the duration claims "40 menit" and "tiga jam" are never compared
    And there is a duration finding between "40 menit" and "satu jam"
    And its verdict is "contradiction"

    Examples:
      | marker           |
      | sebelumnya       |
      | sebelumnya juga  |
      | sebelum ini      |
      | terakhir         |

  Scenario: Two tellings of one earlier meeting a day apart are one meeting with a date slip
    Given an article "a.txt" published on 2023-03-19 that says "Kedua pemimpin bertemu di Ohrid pada Sabtu (18/3/2023) selama 12 jam. Sebelumnya, kedua pemimpin bertemu di Brussel pada Senin (27/2/2023) selama empat jam."
    And an article "b.txt" published on 2023-03-19 that says "Kedua pemimpin bertemu di Ohrid pada Sabtu (18/3/2023) selama 12 jam. Kedua pemimpin sebelumnya bertemu di Brussel pada Selasa (28/2/2023) selama empat jam."
    When the ledger is built
    Then there is a date finding between "Senin (27/2/2023)" and "Selasa (28/2/2023)"
    And its verdict is "contradiction"
    And the date claims "Sabtu (18/3/2023)" and "Selasa (28/2/2023)" are never compared

  Scenario: Two earlier meetings in one city a week apart stay two meetings
    Given an article "a.txt" published on 2023-03-19 that says "Kedua pemimpin bertemu di Ohrid pada Sabtu (18/3/2023) selama 12 jam. Sebelumnya, kedua pemimpin bertemu di Brussel pada Senin (20/2/2023) selama empat jam."
    And an article "b.txt" published on 2023-03-19 that says "Kedua pemimpin bertemu di Ohrid pada Sabtu (18/3/2023) selama 12 jam. Kedua pemimpin sebelumnya bertemu di Brussel pada Senin (27/2/2023) selama dua jam."
    When the ledger is built
    Then the date claims "Senin (20/2/2023)" and "Senin (27/2/2023)" are not called a contradiction
    And the duration claims "empat jam" and "dua jam" are not called a contradiction

  Scenario: Two meetings in one city on consecutive days, told by who took part, stay apart
    Given an article "a.txt" published on 2021-05-20 that says "Menteri Luar Negeri AS Antony Blinken dan Menteri Luar Negeri Rusia Sergei Lavrov mengakui perbedaan tajam dalam pertemuan pertama mereka di Reykjavik pada Rabu (19/5). Islandia menjadi tuan rumah pekan diplomasi Arktik di ibu kotanya yang dingin."
    And an article "b.txt" published on 2021-05-20 that says "Rusia mengambil alih keketuaan Dewan Arktik dari Islandia dalam pertemuan tingkat menteri di Reykjavik pada Kamis (20/5). Islandia menjadi tuan rumah pekan diplomasi Arktik di ibu kotanya yang dingin."
    When the ledger is built
    Then the date claims "Rabu (19/5)" and "Kamis (20/5)" are never compared

  Scenario: A talk on the sidelines of a meeting is not the meeting
    Given an article "a.txt" published on 2023-07-14 that says "Pertemuan para menteri ASEAN di Jakarta berlangsung tiga jam. Di sela pertemuan itu, Menlu AS dan Menlu China berbicara selama 40 menit."
    And an article "b.txt" published on 2023-07-14 that says "Pertemuan para menteri ASEAN di Jakarta berlangsung tiga jam, kata juru bicara."
    When the ledger is built
    Then the duration claims "tiga jam" and "40 menit" are never compared

  Scenario: A date counted from a date in the sentence before is never a contradiction
    Given an article "a.txt" published on 2022-01-03 that says "Pembicaraan AS-Rusia akan dimulai di Jenewa pada 9 Januari. Dua hari kemudian, pertemuan NATO-Rusia digelar di Brussel."
    And an article "b.txt" published on 2022-01-03 that says "Pertemuan NATO-Rusia digelar di Brussel pada 12 Januari, setelah pembicaraan AS-Rusia di Jenewa."
    When the ledger is built
    Then the date claims "Dua hari kemudian" and "12 Januari" are not called a contradiction

  Scenario: The same count from the same sentence retold is a contradiction only in the same clause's time
    Given an article "a.txt" that says "Menurut UNHCR, sekitar 5.400 pengungsi menyeberang ke Chad pekan lalu, dan total lebih dari 570.000 orang telah tiba sejak perang meletus."
    And an article "b.txt" that says "Menurut UNHCR, lebih dari 570.000 pengungsi Sudan telah menyeberang ke Chad sejak perang dimulai."
    When the ledger is built
    Then the quantity claims "sekitar 5.400 pengungsi" and "lebih dari 570.000 pengungsi" are not called a contradiction

  Scenario: The same start time ties two lengths to one meeting
    Given an article "a.txt" that says "Pertemuan kedua menteri semula dijadwalkan pukul 14.00, tetapi baru dimulai pukul 14.20 dan berlangsung 1 jam 40 menit."
    And an article "b.txt" that says "Pertemuan yang dimulai pukul 14.20 itu berlangsung lebih dari dua jam."
    When the ledger is built
    Then there is a duration finding between "1 jam 40 menit" and "lebih dari dua jam"
    And its verdict is "contradiction"
    And its reasons mention "both say it began at 14:20"

  Scenario: A planned time ties nothing
    Given an article "a.txt" that says "Pertemuan kedua menteri dijadwalkan pukul 14.00 dan berlangsung 1 jam 40 menit."
    And an article "b.txt" that says "Pertemuan yang dijadwalkan pukul 14.00 itu berlangsung lebih dari dua jam."
    When the ledger is built
    Then the duration claims "1 jam 40 menit" and "lebih dari dua jam" are not called a contradiction

  Scenario: After "namun", a clause with its own subject is not about the meeting
    Given an article "a.txt" that says "Pertemuan di Oslo dimulai pukul 10.00, namun Lavrov menyebut waktunya tiga jam."
    And an article "b.txt" that says "Pertemuan di Oslo berlangsung 90 menit."
    When the ledger is built
    Then there is no duration finding involving "tiga jam"

  Scenario: The place a venue verb gives belongs to the event word of its clause
    Given an article "a.txt" published on 2023-10-20 that says "Pertemuan para menteri luar negeri dan menteri pertahanan kedua negara telah digelar di Canberra pada 12 Oktober."
    And an article "b.txt" published on 2023-10-20 that says "Pertemuan para menteri di Canberra berlangsung pada 13 Oktober."
    When the ledger is built
    Then there is a date finding between "12 Oktober" and "13 Oktober"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Canberra"

  Scenario: The subject of the clause takes part in the call as much as the name after it
    Given an article "a.txt" published on 2021-04-20 that says "Gagasan itu pertama kali dilontarkan Presiden Joe Biden dalam percakapan telepon dengan Presiden Vladimir Putin pada 13 April."
    And an article "b.txt" published on 2021-04-20 that says "Joe Biden dan Vladimir Putin berbicara melalui telepon pada 15 April."
    When the ledger is built
    Then there is a date finding between "13 April" and "15 April"
    And its verdict is "contradiction"
    And its reasons mention "both clauses name Biden, Putin"

  Scenario: A date after another place belongs to what is there, not to the occasion named first
    Given an article "a.txt" published on 2023-09-25 that says "Perundingan di Addis Ababa merupakan kelanjutan dari putaran di Kairo yang dibuka Senin (28/8/2023)."
    And an article "b.txt" published on 2023-09-25 that says "Perundingan di Addis Ababa dimulai Sabtu (23/9/2023)."
    When the ledger is built
    Then the date claims "Senin (28/8/2023)" and "Sabtu (23/9/2023)" are never compared

  Scenario: A city and its country are one place
    Given an article "a.txt" published on 2023-07-13 that says "Para pemimpin menggelar pertemuan perdana Dewan NATO-Ukraina di Vilnius, Lituania, pada Rabu (12/7)."
    And an article "b.txt" published on 2023-07-13 that says "NATO menggelar pertemuan perdana Dewan NATO-Ukraina di Vilnius, Lituania, Selasa (11/7)."
    When the ledger is built
    Then there is a date finding between "Rabu (12/7)" and "Selasa (11/7)"
    And its verdict is "contradiction"

  Scenario: A numbered meeting of a series and an unnumbered one in the same city are not tied by the city alone
    Given an article "a.txt" published on 2023-08-11 that says "ECOWAS memerintahkan aktivasi pasukan siaga dalam KTT luar biasa kedua di Abuja, Nigeria, Kamis (10/8)."
    And an article "b.txt" published on 2023-08-11 that says "Ultimatum itu diputuskan dalam KTT luar biasa ECOWAS di Abuja, Nigeria, Minggu (30/7/2023)."
    When the ledger is built
    Then the date claims "Kamis (10/8)" and "Minggu (30/7/2023)" are not called a contradiction

  Scenario Outline: A common noun between "di" and the name does not hide the place
    Given an article "a.txt" published on 2025-05-15 that says "Serah terima keketuaan dilakukan dalam pertemuan tingkat menteri di <place a>, Norwegia utara, Kamis (15/5)."
    And an article "b.txt" published on 2025-05-15 that says "Serah terima keketuaan dilakukan dalam pertemuan tingkat menteri di Tromsø, Rabu (14/5/2025)."
    When the ledger is built
    Then there is a date finding between "Kamis (15/5)" and "Rabu (14/5/2025)"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Tromsø"

    Examples:
      | place a         |
      | kota Tromsø     |
      | ibu kota Tromsø |

  Scenario: A common noun before another city's name still names another place
    Given an article "a.txt" published on 2025-05-15 that says "Serah terima keketuaan dilakukan dalam pertemuan tingkat menteri di kota Bodø, Norwegia utara, Kamis (15/5)."
    And an article "b.txt" published on 2025-05-15 that says "Serah terima keketuaan dilakukan dalam pertemuan tingkat menteri di Tromsø, Rabu (14/5/2025)."
    When the ledger is built
    Then the date claims "Kamis (15/5)" and "Rabu (14/5/2025)" are not called a contradiction

  Scenario: A dated mention that fits two occasions in one city equally well joins the one near in time
    Given an article "a.txt" published on 2025-05-17 that says "Kedua pemimpin bertemu dalam pertemuan informal di Jenewa pada Kamis (15/5) dan Jumat (16/5). PBB akan menggelar pertemuan di Jenewa pada 5 Mei 2026."
    And an article "b.txt" that says "Guterres mempertemukan kedua pemimpin dalam pertemuan informal di Jenewa, Rabu (14/5/2025)."
    When the ledger is built
    Then there is a date finding between "Rabu (14/5/2025)" and "Kamis (15/5) dan Jumat (16/5)"
    And its verdict is "contradiction"
    And the date claims "Rabu (14/5/2025)" and "5 Mei 2026" are never compared

  Scenario: A dated mention near in time to two occasions of one city stays unattached
    Given an article "a.txt" published on 2025-05-17 that says "Kedua pemimpin bertemu dalam pertemuan informal di Jenewa pada Kamis (15/5) dan Jumat (16/5). PBB akan menggelar pertemuan di Jenewa pada Selasa (20/5)."
    And an article "b.txt" that says "Guterres mempertemukan kedua pemimpin dalam pertemuan informal di Jenewa, Minggu (18/5/2025)."
    When the ledger is built
    Then the date claims "Minggu (18/5/2025)" and "Kamis (15/5) dan Jumat (16/5)" are not called a contradiction
    And the date claims "Minggu (18/5/2025)" and "Selasa (20/5)" are not called a contradiction

  Scenario: A party that "mengikuti" a meeting attends it: the meeting is the occasion itself
    Given an article "a.txt" published on 2024-03-05 that says "Pertemuan Mesir-Sudan di Kairo berlangsung dua jam."
    And an article "b.txt" published on 2024-03-05 that says "Sudan mengikuti pertemuan Mesir-Sudan di Kairo selama 40 menit."
    When the ledger is built
    Then there is a duration finding between "dua jam" and "40 menit"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Kairo"

  Scenario: An occasion that "mengikuti" another follows it: the other is an earlier occasion
    Given an article "a.txt" published on 2024-03-05 that says "Pertemuan Mesir-Sudan di Kairo berlangsung dua jam."
    And an article "b.txt" published on 2024-03-05 that says "Panggilan telepon itu mengikuti pertemuan Mesir-Sudan di Kairo yang berlangsung 40 menit."
    When the ledger is built
    Then the duration claims "dua jam" and "40 menit" are never compared

  Scenario: "lagi" after another verb says that verb again, not a further occasion
    Given an article "a.txt" published on 2021-11-30 that says "Perundingan AS-Iran di Wina dimulai lagi dan berlangsung dua jam."
    And an article "b.txt" published on 2021-11-30 that says "Perundingan AS-Iran di Wina berlangsung 40 menit."
    When the ledger is built
    Then there is a duration finding between "dua jam" and "40 menit"
    And its verdict is "contradiction"

  Scenario Outline: A further occasion named by "berikutnya" or "lanjutan" stays apart
    Given an article "a.txt" published on 2021-11-30 that says "<further>"
    And an article "b.txt" published on 2021-11-30 that says "Perundingan AS-Iran di Wina berlangsung 40 menit."
    When the ledger is built
    Then the duration claims "dua jam" and "40 menit" are never compared

    Examples:
      | further                                                          |
      | Perundingan AS-Iran berikutnya di Wina akan berlangsung dua jam. |
      | Perundingan lanjutan AS-Iran di Wina berlangsung dua jam.        |

  Scenario: The day a preview looks forward to is the day a report looks back on
    Given an article "a.txt" published on 2023-03-04 that says "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Jumat (3/3)."
    And an article "b.txt" published on 2023-03-01 that says "Menteri luar negeri Norwegia dan Swedia akan bertemu di Oslo pada Jumat (3/3)."
    And an article "c.txt" that says "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Kamis (2/3)."
    When the ledger is built
    Then there is a date finding between "Jumat (3/3)" in "a.txt" and "Kamis (2/3)" in "c.txt"
    And its verdict is "contradiction"

  Scenario: A preview's other day for an occasion that happened is a plan, not a slip
    Given an article "a.txt" published on 2023-03-04 that says "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Jumat (3/3)."
    And an article "b.txt" published on 2023-03-01 that says "Menteri luar negeri Norwegia dan Swedia akan bertemu di Oslo pada Jumat (3/3) pukul 10.00 dan pada Sabtu (4/3) pukul 09.00."
    When the ledger is built
    Then the date claims "Jumat (3/3)" and "Sabtu (4/3)" are not called a contradiction

  Scenario: A preview's day that the report does not confirm is never compared with it
    Given an article "a.txt" published on 2023-03-04 that says "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Sabtu (4/3)."
    And an article "b.txt" published on 2023-03-01 that says "Menteri luar negeri Norwegia dan Swedia akan bertemu di Oslo pada Jumat (3/3)."
    When the ledger is built
    Then the date claims "Sabtu (4/3)" and "Jumat (3/3)" are not called a contradiction

  Scenario Outline: Who meets keeps the meetings of one city apart: leaders, ministers, officials
    Given an article "a.txt" published on 2026-09-16 that says "KTT BRICS ke-18 di New Delhi membahas platform pangan dan sistem pembayaran lintas batas. Para pemimpin BRICS mengesahkan deklarasi dalam KTT BRICS di New Delhi, Selasa (15/9)."
    And an article "b.txt" published on 2026-09-16 that says "KTT BRICS ke-18 di New Delhi membahas platform pangan dan sistem pembayaran lintas batas. <sentence>"
    When the ledger is built
    Then the date claims "Selasa (15/9)" and "<date>" are not called a contradiction

    Examples:
      | sentence                                                                                   | date               |
      | Sherpa Indonesia mengikuti pertemuan sherpa di New Delhi pada 12-13 September.             | 12-13 September    |
      | Para menteri luar negeri BRICS menggelar pertemuan di New Delhi pada Kamis (10/9).         | Kamis (10/9)       |

  Scenario: The naval chiefs' meeting the day before is not the defence ministers' meeting
    Given an article "a.txt" published on 2026-06-12 that says "Pertemuan trilateral menteri pertahanan Indonesia, Malaysia, dan Singapura di Batam digelar pada Rabu (10/6)."
    And an article "b.txt" published on 2026-06-12 that says "Kepala staf angkatan laut Indonesia, Malaysia, dan Singapura bertemu di Batam, Selasa (9/6), untuk menyusun rencana operasi."
    When the ledger is built
    Then the date claims "Rabu (10/6)" and "Selasa (9/6)" are not called a contradiction

  Scenario: Two reports of the defence ministers' meeting still contradict each other
    Given an article "a.txt" published on 2026-06-12 that says "Pertemuan trilateral menteri pertahanan Indonesia, Malaysia, dan Singapura di Batam digelar pada Rabu (10/6)."
    And an article "b.txt" published on 2026-06-12 that says "Menteri pertahanan Indonesia, Malaysia, dan Singapura bertemu di Batam, Kamis (11/6), untuk meneken kesepakatan patroli."
    When the ledger is built
    Then there is a date finding between "Rabu (10/6)" and "Kamis (11/6)"
    And its verdict is "contradiction"

  Scenario: Two lists of the same parties read to different lengths are one meeting
    Given an article "a.txt" published on 2024-02-26 that says "Mediator Mesir dan Qatar membahas gencatan senjata Gaza dan pembebasan sandera. Pejabat intelijen Amerika Serikat, Israel, Mesir dan Qatar bertemu di Paris selama tiga jam."
    And an article "b.txt" published on 2024-02-26 that says "Mediator Mesir dan Qatar membahas gencatan senjata Gaza dan pembebasan sandera. Direktur CIA William Burns bertemu para mediator dari Qatar dan Mesir di Paris selama lima jam."
    When the ledger is built
    Then there is a duration finding between "tiga jam" and "lima jam"
    And its verdict is "contradiction"

  Scenario: Two pairs that share one party are two meetings
    Given an article "a.txt" published on 2024-02-26 that says "Mediator Mesir dan Qatar membahas gencatan senjata Gaza dan pembebasan sandera. Pejabat Mesir dan Qatar bertemu di Paris selama tiga jam."
    And an article "b.txt" published on 2024-02-26 that says "Mediator Mesir dan Qatar membahas gencatan senjata Gaza dan pembebasan sandera. Pejabat Qatar dan Israel bertemu di Paris selama lima jam."
    When the ledger is built
    Then the duration claims "tiga jam" and "lima jam" are not called a contradiction

  Scenario: A prime minister is a leader, not a minister: the leaders' meeting is not the ministers'
    Given an article "a.txt" published on 2026-03-12 that says "Perdana Menteri Jepang dan Presiden Korea Selatan bertemu di Seoul pada Selasa (10/3)."
    And an article "b.txt" published on 2026-03-12 that says "Para menteri luar negeri Jepang dan Korea Selatan bertemu di Seoul pada Senin (9/3)."
    When the ledger is built
    Then the date claims "Selasa (10/3)" and "Senin (9/3)" are not called a contradiction

  Scenario: A deputy minister names no level: the deputies' talks join the talks of the story
    Given an article "a.txt" published on 2026-03-12 that says "Wakil Menteri Luar Negeri Jepang dan Korea Selatan bertemu di Seoul pada Selasa (10/3)."
    And an article "b.txt" published on 2026-03-12 that says "Pejabat Jepang dan Korea Selatan bertemu di Seoul pada Rabu (11/3)."
    When the ledger is built
    Then there is a date finding between "Selasa (10/3)" and "Rabu (11/3)"
    And its verdict is "contradiction"

  Scenario: Two reports of one ministers' meeting in one city still contradict each other
    Given an article "a.txt" published on 2026-09-16 that says "KTT BRICS ke-18 di New Delhi membahas platform pangan dan sistem pembayaran lintas batas. Para menteri luar negeri BRICS menggelar pertemuan tingkat menteri di Mumbai pada Kamis (3/9)."
    And an article "b.txt" published on 2026-09-16 that says "KTT BRICS ke-18 di New Delhi membahas platform pangan dan sistem pembayaran lintas batas. Para menteri luar negeri BRICS menggelar pertemuan tingkat menteri di Mumbai pada Jumat (4/9)."
    When the ledger is built
    Then there is a date finding between "Kamis (3/9)" and "Jumat (4/9)"
    And its verdict is "contradiction"

  Scenario Outline: A meeting held beside, before or after the story's occasion is not that occasion
    Given an article "a.txt" published on 2026-06-19 that says "Dialog tingkat menteri tentang pendanaan iklim di Bonn membahas target pendanaan baru. Dialog tingkat menteri tentang pendanaan iklim di Bonn digelar pada Selasa (16/6)."
    And an article "b.txt" published on 2026-06-19 that says "Dialog tingkat menteri tentang pendanaan iklim di Bonn membahas target pendanaan baru. <sentence>"
    When the ledger is built
    Then the date claims "Selasa (16/6)" and "<date>" are not called a contradiction

    Examples:
      | sentence                                                                                            | date        |
      | Para kepala delegasi bertemu secara informal di Bonn pada Minggu (7/6), sehari sebelum konferensi dibuka. | Minggu (7/6) |
      | Menteri Yusuf bertemu mitranya dari Jerman di Bonn pada Senin (15/6) di sela konferensi iklim.      | Senin (15/6) |

  Scenario: A date past the comma of a "Jelang ..." phrase dates the clause after it, not the occasion named ahead
    Given an article "a.txt" published on 2026-09-16 that says "KTT BRICS ke-18 di New Delhi, India, pada 14-15 September 2026 ditutup dengan pengesahan deklarasi pada Selasa (15/9)."
    And an article "b.txt" published on 2026-09-11 that says "Jelang KTT BRICS di New Delhi, Para Sherpa Rampungkan Draf Deklarasi Akhir Pekan Ini. KTT BRICS ke-18 akan digelar di New Delhi, India, pada 14-15 September 2026."
    When the ledger is built
    Then the date claims "14-15 September 2026" and "Akhir Pekan Ini" are not called a contradiction

  Scenario: A forum named as an organisation is no conference
    Given an article "a.txt" published on 2026-09-12 that says "Forum Kepulauan Pasifik di Koror membahas kenaikan muka laut dan pendanaan iklim. Para pemimpin negara anggota Forum Kepulauan Pasifik menggelar retret tertutup di Koror, Kamis (10/9)."
    And an article "b.txt" published on 2026-09-12 that says "Forum Kepulauan Pasifik di Koror membahas kenaikan muka laut dan pendanaan iklim. Wakil menteri menghadiri Dialog Mitra Forum Kepulauan Pasifik di Koror pada Jumat (11/9)."
    When the ledger is built
    Then the date claims "Kamis (10/9)" and "Jumat (11/9)" are not called a contradiction

  # Stories (ledger/stories.py, data/stories.yaml): articles published within
  # max_days_apart that share their rarer words are one story. A follow-up or
  # recap published weeks later joins it when it names a day the story's own
  # articles named, resembles them more than any article of its own story, and
  # the story then spans at most recap_max_days.

  Scenario: A follow-up weeks later that retells the story's meeting by its day is that story
    Given an article "a.txt" published on 2023-03-06 that says "Menteri luar negeri Norwegia dan Finlandia bertemu di Tromso pada Senin (6/3/2023) untuk membahas kerja sama Arktik. Pertemuan itu berlangsung sekitar tiga jam."
    And an article "b.txt" published on 2023-03-06 that says "Pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada Senin (6/3/2023) membahas kerja sama Arktik dan berlangsung sekitar tiga jam."
    And an article "c.txt" published on 2023-04-12 that says "Nelayan kedua negara menyambut perjanjian perikanan yang diteken di Oslo pada Rabu. Perjanjian itu disepakati dalam pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada 6 Maret, yang membahas kerja sama Arktik selama sekitar lima jam."
    When the ledger is built
    Then "a.txt" and "c.txt" are one story
    And there is a duration finding between "sekitar tiga jam" in "a.txt" and "sekitar lima jam" in "c.txt"
    And its verdict is "contradiction"

  Scenario: A later meeting that two articles tell together stays its own story, though both recall the first
    Given an article "a.txt" published on 2023-03-06 that says "Menteri luar negeri Norwegia dan Finlandia bertemu di Tromso pada Senin (6/3/2023) untuk membahas kerja sama Arktik. Pertemuan itu berlangsung sekitar tiga jam."
    And an article "b.txt" published on 2023-03-06 that says "Pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada Senin (6/3/2023) membahas kerja sama Arktik dan berlangsung sekitar tiga jam."
    And an article "c.txt" published on 2023-04-12 that says "Menteri luar negeri Norwegia dan Finlandia kembali bertemu di Helsinki pada Selasa (11/4/2023) membahas jalur pelayaran kutub, setelah pertemuan di Tromso pada 6 Maret. Kedua menteri menandatangani nota pelayaran kutub."
    And an article "d.txt" published on 2023-04-12 that says "Nota pelayaran kutub ditandatangani menteri luar negeri Norwegia dan Finlandia di Helsinki pada Selasa (11/4/2023), lima minggu setelah pertemuan mereka di Tromso pada 6 Maret, membahas jalur pelayaran kutub."
    When the ledger is built
    Then "a.txt" and "c.txt" are two stories
    And "c.txt" and "d.txt" are one story

  Scenario: A recap months later is another story, though it names the story's day
    Given an article "a.txt" published on 2023-03-06 that says "Menteri luar negeri Norwegia dan Finlandia bertemu di Tromso pada Senin (6/3/2023) untuk membahas kerja sama Arktik. Pertemuan itu berlangsung sekitar tiga jam."
    And an article "b.txt" published on 2023-03-06 that says "Pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada Senin (6/3/2023) membahas kerja sama Arktik dan berlangsung sekitar tiga jam."
    And an article "c.txt" published on 2023-09-20 that says "Nelayan kedua negara menyambut perjanjian perikanan yang diteken di Oslo pada Rabu. Perjanjian itu disepakati dalam pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada 6 Maret 2023, yang membahas kerja sama Arktik selama sekitar lima jam."
    When the ledger is built
    Then "a.txt" and "c.txt" are two stories
    And there is no duration finding between "sekitar tiga jam" and "sekitar lima jam"

  Scenario: A later article that names no day of the story stays apart, however alike its words
    Given an article "a.txt" published on 2023-03-06 that says "Menteri luar negeri Norwegia dan Finlandia bertemu di Tromso pada Senin (6/3/2023) untuk membahas kerja sama Arktik. Pertemuan itu berlangsung sekitar tiga jam."
    And an article "b.txt" published on 2023-03-06 that says "Pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso pada Senin (6/3/2023) membahas kerja sama Arktik dan berlangsung sekitar tiga jam."
    And an article "c.txt" published on 2023-04-12 that says "Nelayan kedua negara menyambut perjanjian perikanan yang diteken di Oslo pada Rabu. Perjanjian itu disepakati dalam pertemuan menteri luar negeri Norwegia dan Finlandia di Tromso bulan lalu, yang membahas kerja sama Arktik selama sekitar lima jam."
    When the ledger is built
    Then "a.txt" and "c.txt" are two stories

  Scenario: "Keduanya" opening a clause stands for the pair the sentence before named as its subject
    Given an article "a.txt" that says "Delegasi Jepang dan Korea Selatan berkumpul di Osaka. Keduanya menggelar perundingan tingkat kerja selama tiga jam."
    And an article "b.txt" that says "Perundingan tingkat kerja delegasi Jepang dan Korea Selatan berlangsung 40 menit."
    When the ledger is built
    Then there is a duration finding between "tiga jam" and "40 menit"
    And its verdict is "contradiction"
    And its reasons mention "both clauses name Jepang, Korea Selatan"

  Scenario: "Mereka" after a delegation named as the subject stands for its leader's party
    Given an article "a.txt" that says "Delegasi parlemen Jepang yang dipimpin Senator Taro Yamada menjalani jadwal padat di Osaka. Mereka bertemu Perdana Menteri Fumio Kishida selama 40 menit."
    And an article "b.txt" that says "Senator Taro Yamada bertemu Perdana Menteri Fumio Kishida selama dua jam."
    When the ledger is built
    Then there is a duration finding between "40 menit" and "dua jam"
    And its verdict is "contradiction"
    And its reasons mention "both name Kishida, Yamada"

  Scenario Outline: A group word has no antecedent in a sentence whose subject names another number of parties
    Given an article "a.txt" that says "<before> <group> menggelar perundingan tingkat kerja selama tiga jam."
    And an article "b.txt" that says "Menlu Yoshimasa Hayashi dan Menlu Park Jin menggelar perundingan tingkat kerja Jepang-Korea Selatan selama 40 menit."
    When the ledger is built
    Then the duration claims "tiga jam" and "40 menit" are not called a contradiction

    Examples:
      | before                                                             | group         |
      | Menteri Luar Negeri Jepang Yoshimasa Hayashi berada di Osaka.      | Keduanya      |
      | Menteri Luar Negeri Jepang Yoshimasa Hayashi berada di Osaka.      | Mereka        |
      | Hayashi dan Korea Selatan berkumpul di Osaka.                      | Ketiga negara |
      | Hayashi dan Korea Selatan berkumpul di Osaka.                      | Kini, bahkan mereka |

  Scenario: The parties a group word stands for may tie two claims, never tell them apart
    Given an article "a.txt" that says "Menlu Argentina Mauro Vieira dan Komisaris Valdis Dombrovskis berkumpul di Brussel. Keduanya memimpin pertemuan para menteri di Brussel selama dua jam."
    And an article "b.txt" that says "Para menteri Uni Eropa dan ASEAN bertemu di Brussel selama 40 menit, dipimpin Komisaris Valdis Dombrovskis dan Menlu Mauro Vieira."
    When the ledger is built
    Then there is a duration finding between "dua jam" and "40 menit"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Brussel"

  Scenario Outline: An occasion held beside the meeting is not the meeting
    A press conference, a vote, a plenary session, a dinner, a drill or a bilateral
    meeting has its own day and its own length: its claims are never the meeting's.
    Given an article "a.txt" published on <published> that says "<first>"
    And an article "b.txt" published on <published> that says "<second>"
    When the ledger is built
    Then the <prop> claims "<a>" and "<b>" are never compared

    Examples:
      | published  | first                                                                   | second                                                                                                                 | prop     | a                 | b                 |
      | 2023-09-07 | Pertemuan para menteri ASEAN di Jakarta digelar pada Selasa (5/9/2023). | Konferensi pers para menteri ASEAN di Jakarta digelar pada Rabu (6/9/2023).                                            | date     | Selasa (5/9/2023) | Rabu (6/9/2023)   |
      | 2023-09-22 | Sidang Majelis Umum PBB di New York dibuka pada Selasa (19/9/2023).     | Dalam sidang Majelis Umum PBB di New York, pemungutan suara digelar pada Kamis (21/9/2023).                            | date     | Selasa (19/9/2023) | Kamis (21/9/2023) |
      | 2023-09-07 | Pertemuan para pemimpin di Jenewa berlangsung empat jam.                | Sidang pleno di Jenewa berlangsung dua jam.                                                                            | duration | empat jam         | dua jam           |
      | 2023-09-07 | Kunjungan delegasi AS ke Taipei berlangsung tiga hari.                  | Kunjungan delegasi AS ke Taipei memicu latihan militer China selama empat hari.                                        | duration | tiga hari         | empat hari        |
      | 2023-09-11 | KTT G20 di New Delhi dibuka pada Sabtu (9/9/2023).                      | KTT G20 di New Delhi dibuka pada Sabtu (9/9/2023). Pertemuan bilateral Jokowi dan Lula di New Delhi digelar pada Jumat (8/9/2023). | date     | Sabtu (9/9/2023)  | Jumat (8/9/2023)  |

  Scenario Outline: Two accounts of one occasion held beside the meeting may contradict each other
    Given an article "a.txt" published on 2023-05-26 that says "<first>"
    And an article "b.txt" published on 2023-05-26 that says "<second>"
    When the ledger is built
    Then there is a <prop> finding between "<a>" and "<b>"
    And its verdict is "contradiction"

    Examples:
      | first                                                             | second                                                            | prop     | a                  | b                  |
      | Konferensi pers para menteri di Jenewa digelar pada Rabu (10/5/2023). | Konferensi pers para menteri di Jenewa digelar pada Kamis (11/5/2023). | date     | Rabu (10/5/2023)   | Kamis (11/5/2023)  |
      | Pemungutan suara di Dili digelar pada Minggu (21/5/2023).         | Pemungutan suara di Dili digelar pada Senin (22/5/2023).          | date     | Minggu (21/5/2023) | Senin (22/5/2023)  |
      | Sesi pleno di Jenewa berlangsung empat jam.                       | Sesi pleno di Jenewa berlangsung enam jam.                        | duration | empat jam          | enam jam           |
      | Jamuan makan malam di Istana Merdeka berlangsung 40 menit.        | Jamuan makan malam di Istana Merdeka berlangsung dua jam.         | duration | 40 menit           | dua jam            |
      | Latihan militer di Okinawa berlangsung tiga hari.                 | Latihan militer di Okinawa berlangsung enam hari.                 | duration | tiga hari          | enam hari          |

  Scenario: A place inside an organisation's name is not where the meeting is
    Given an article "a.txt" published on 2026-05-08 that says "Pertemuan menteri perdagangan ASEAN di Brussel pada Kamis (7/5) membahas regulasi deforestasi."
    And an article "b.txt" published on 2026-05-08 that says "Pertemuan menteri perdagangan ASEAN dan Uni Eropa di Brussel pada Rabu (6/5) membahas regulasi deforestasi."
    When the ledger is built
    Then there is a date finding between "Kamis (7/5)" and "Rabu (6/5)"
    And its verdict is "contradiction"

  Scenario: A headline's capitals after "di" name no place
    Given an article "a.txt" published on 2026-03-06 that says "Blinken dan Lavrov Bertemu 20 Menit Di Hadapan Wartawan\nMenlu AS Antony Blinken dan Menlu Rusia Sergei Lavrov bertemu di New Delhi pada Kamis (5/3)."
    And an article "b.txt" published on 2026-03-06 that says "Blinken dan Lavrov bertemu di New Delhi\nMenlu AS Antony Blinken dan Menlu Rusia Sergei Lavrov bertemu di New Delhi pada Kamis (5/3) selama kurang dari sepuluh menit."
    When the ledger is built
    Then there is a duration finding between "20 Menit" and "kurang dari sepuluh menit"
    And its verdict is "contradiction"

  Scenario Outline: An event word with "-nya", or "bersidang", names the occasion its length belongs to
    Given an article "a.txt" published on 2026-04-10 that says "<first>"
    And an article "b.txt" published on 2026-04-10 that says "<second>"
    When the ledger is built
    Then there is a duration finding between "<length a>" and "<length b>"
    And its verdict is "contradiction"

    Examples:
      | first                                                                          | second                                                         | length a        | length b            |
      | Pertemuannya dengan Menlu Norwegia di Oslo berlangsung hampir dua jam.          | Pertemuan Menlu Norwegia di Oslo berlangsung lebih dari dua jam. | hampir dua jam  | lebih dari dua jam  |
      | Komisi perikanan bersidang di Oslo selama lebih dari tujuh jam.                 | Sidang komisi perikanan di Oslo berlangsung 6 jam 40 menit.      | lebih dari tujuh jam | 6 jam 40 menit |

  Scenario: An event word with "-nya" keeps its own kind: a visit is not the meeting
    Given an article "a.txt" published on 2026-04-10 that says "Kunjungannya ke Oslo berlangsung tiga jam."
    And an article "b.txt" published on 2026-04-10 that says "Pertemuan Menlu Norwegia di Oslo berlangsung dua jam."
    When the ledger is built
    Then the duration claims "tiga jam" and "dua jam" are never compared

  Scenario: A capitalised "Sementara" is a word of a name, not a clause of its own
    Given an article "a.txt" published on 2026-06-25 that says "Rapat komite di Naqoura bersama Pasukan Sementara PBB itu berlangsung 2 jam 50 menit."
    And an article "b.txt" published on 2026-06-25 that says "Rapat komite di Naqoura bersama Pasukan Sementara PBB itu berlangsung lebih dari tiga jam."
    When the ledger is built
    Then there is a duration finding between "2 jam 50 menit" and "lebih dari tiga jam"
    And its verdict is "contradiction"

  Scenario: A lower-case "sementara" still opens a clause that is not about the meeting
    Given an article "a.txt" published on 2026-06-25 that says "Rapat di Naqoura digelar pagi hari, sementara para wartawan menunggu tiga jam di luar gedung."
    And an article "b.txt" published on 2026-06-25 that says "Rapat di Naqoura berlangsung dua jam."
    When the ledger is built
    Then there is no duration finding involving "tiga jam"

  Scenario: A dated mention that says "itu" is the occasion its article named just before
    Given an article "a.txt" published on 2026-05-21 that says "Pertemuan Konsultatif Traktat Antarktika di Hiroshima ditutup pada Rabu (20/5) tanpa kesepakatan kuota."
    And an article "b.txt" published on 2026-05-22 that says "Negara-negara pihak menggelar Pertemuan Konsultatif Traktat Antarktika di Hiroshima. Pertemuan yang ditutup pada Kamis (21/5) itu tidak menyepakati kuota."
    When the ledger is built
    Then there is a date finding between "Rabu (20/5)" and "Kamis (21/5)"
    And its verdict is "contradiction"

  Scenario: A dated mention that says "itu" after an occasion its article dates otherwise is not that occasion
    Given an article "a.txt" published on 2026-05-21 that says "Para menteri bertemu di Hiroshima pada Senin (18/5)."
    And an article "b.txt" published on 2026-05-21 that says "Para menteri bertemu di Hiroshima pada Senin (18/5). Pertemuan yang digelar Rabu (20/5) itu membahas kuota."
    When the ledger is built
    Then the date claims "Senin (18/5)" and "Rabu (20/5)" are not called a contradiction

  Scenario: A country an occasion is about is not one of its participants
    Given an article "a.txt" published on 2026-10-10 that says "KTT ASEAN di Vientiane membahas krisis Myanmar pada Kamis (8/10/2026)."
    And an article "b.txt" published on 2026-10-10 that says "KTT ASEAN di Vientiane membahas sengketa dengan China pada Jumat (9/10/2026)."
    When the ledger is built
    Then there is a date finding between "Kamis (8/10/2026)" and "Jumat (9/10/2026)"
    And its verdict is "contradiction"

  Scenario: A city-state named after "di" is where a meeting of the series took place
    Given an article "a.txt" published on 2026-05-10 that says "Rangkaian pertemuan dimulai dengan perundingan di Batam pada 4 Mei, pertemuan menteri di Singapura pada 6 Mei dan penandatanganan di Jakarta sehari setelahnya."
    And an article "b.txt" published on 2026-05-10 that says "Perundingan di Batam digelar pada 4 Mei, sedangkan pertemuan para menteri di Singapura berlangsung pada 7 Mei."
    When the ledger is built
    Then there is a date finding between "6 Mei" and "7 Mei"
    And its verdict is "contradiction"
    And the date claims "4 Mei" and "7 Mei" are not called a contradiction

  Scenario Outline: A venue named before its city is in that city; a city before its province stays the city
    Given an article "a.txt" published on 2023-11-16 that says "<said a>"
    And an article "b.txt" published on 2023-11-16 that says "<said b>"
    When the ledger is built
    Then there is a duration finding between "<length a>" and "<length b>"
    And its verdict is "contradiction"

    Examples:
      | said a                                                                                                             | length a        | said b                                                                                   | length b          |
      | Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu selama sekitar dua jam di Filoli Estate, Woodside, Rabu (15/11). | sekitar dua jam | Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu sekitar empat jam di Woodside, California, Rabu (15/11). | sekitar empat jam |
      | Para menteri bertemu selama dua jam di Demak, Jawa Tengah, Rabu (15/11).                                          | dua jam         | Para menteri bertemu selama empat jam di Demak, Rabu (15/11).                              | empat jam         |

  Scenario: A date after a venue and its city dates the occasion held there, and so does what points back to it
    Given an article "a.txt" published on 2023-11-17 that says "Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu di Filoli Estate, Woodside, dekat San Francisco, Rabu (15/11). Pertemuan yang berlangsung sekitar dua jam itu menghasilkan kesepakatan."
    And an article "b.txt" published on 2023-11-17 that says "Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu sekitar empat jam di Woodside, California, Rabu (15/11)."
    When the ledger is built
    Then there is a duration finding between "sekitar dua jam" and "sekitar empat jam"
    And its verdict is "contradiction"
