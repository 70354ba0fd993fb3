@durations
Feature: How long something lasted (rule duration-interval)
  Two versions of a story may say how long the same event lasted in different
  words. The ledger reads each as an interval of minutes: an exact value is a
  point, and a hedge widens it ("hampir" is below the value, "lebih dari" above
  it, "sekitar" around it; the bounds live in data/id/hedges.yaml; "hampir" and
  "kurang dari" stay under the value and "lebih dari" goes over it, so "hampir
  dua jam" and "lebih dari dua jam" cannot both be true). An exact
  value is widened by 5% for rounding; a hedged one is not, since its hedge
  already says how far it may be from the truth. Intervals that overlap agree; intervals with a
  gap between them cannot both be true of the same event. Only an event's length
  is a duration claim: minutes, hours or days (data/id/units.yaml). Weeks, months
  and years ("sebulan", "masa jabatan empat tahun"), reduplications ("berbulan-
  bulan"), offsets ("24 jam setelah", "sejam kemudian") and ages are not.
  A length in days (a span of the calendar) and one in hours or minutes (one
  sitting) may agree but never contradict; an expected length ("diperkirakan
  berlangsung lima jam") meets only expected lengths; a length given to a meal,
  a session or a next step ("lalu makan siang ... selama dua jam") is no
  occasion's; a bare sentence ("pertemuan berlangsung tiga jam") takes the place
  and date its article's earlier sentences give the occasion, but is then never
  compared with another length of the same article.

  Scenario Outline: Two accounts of how long the talks in Reykjavik lasted
    Given an article "a.txt" that says "Pembicaraan di Reykjavik berlangsung <duration a>, kata para diplomat."
    And an article "b.txt" that says "Pembicaraan di Reykjavik berlangsung <duration b>, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "<duration a>" and "<duration b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples: hedged and exact values that agree
      | duration a          | duration b     | verdict    | explained  |
      | hampir dua jam      | 1 jam 45 menit | consistent | 90–120 min |
      | sekitar dua jam     | 1 jam 50 menit | consistent | 110 min    |
      | lebih dari satu jam | 75 menit       | consistent | 75 min     |
      | setengah jam        | 30 menit       | consistent | 30 min     |
      | dua jam             | 1 jam 57 menit | consistent | 117 min    |
      | kurang dari satu jam| 50 menit       | consistent | 50 min     |

    Examples: values that cannot both be true
      | duration a          | duration b     | verdict       | explained     |
      | hampir dua jam      | lebih dari dua jam | contradiction | stays under 120 min |
      | kurang dari satu jam | lebih dari satu jam | contradiction | goes over it |
      | hampir dua jam      | tiga jam       | contradiction | 180 min       |
      | 50 menit            | hampir dua jam | contradiction | at least      |
      | lebih dari tiga jam | dua jam        | contradiction | 120 min       |
      | satu jam            | 90 menit       | contradiction | shorter than  |

  Scenario: Durations of different events are never compared
    Given an article "a.txt" that says "Pembicaraan telepon Biden dan Putin berlangsung 50 menit. Pertemuan di Reykjavik berlangsung hampir dua jam."
    And an article "b.txt" that says "Pembicaraan telepon Biden dan Putin berlangsung 50 menit, kata Gedung Putih."
    When the ledger is built
    Then there is no duration finding involving "hampir dua jam"

  Scenario: A duration that dates something is not a duration claim
    Given an article "a.txt" that says "Setengah jam setelah pertemuan itu, Amerika Serikat menjatuhkan sanksi."
    When the ledger is built
    Then the article "a.txt" has no duration claim

  Scenario: A summit is not the talks a month later
    Given an article "a.txt" that says "Pembicaraan di Jenewa berlangsung dua jam. Selama KTT Jenewa, kedua presiden berbicara selama lebih dari tiga jam."
    And an article "b.txt" that says "Pembicaraan di Jenewa berlangsung dua jam, kata para diplomat."
    When the ledger is built
    Then there is no duration finding involving "lebih dari tiga jam"
    And there is a duration finding between "dua jam" and "dua jam"

  # --- issue 7: only an event's length is a duration claim ----------------------------

  Scenario Outline: Months, years, reduplications, offsets and ages are not the length of a meeting
    Given an article "a.txt" that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no duration claim "<words>"

    Examples: lengths of something else
      | sentence                                                                        | words          |
      | Pembicaraan di Jenewa sudah dipersiapkan sebulan, kata pejabat.                 | sebulan        |
      | Pembicaraan di Jenewa berlangsung selama dua bulan terakhir.                    | dua bulan      |
      | Pembicaraan di Jenewa dipersiapkan selama tiga bulan.                           | tiga bulan     |
      | Pembicaraan di Jenewa menjadi yang pertama dalam empat tahun.                   | empat tahun    |
      | Pembicaraan di Jenewa berlangsung seminggu setelah KTT.                         | seminggu       |

    Examples: offsets and ages
      | sentence                                                                        | words          |
      | Pertemuan di Jenewa digelar 24 jam setelah KTT berakhir.                        | 24 jam         |
      | Pertemuan di Jenewa dimulai dua jam setelah delegasi tiba.                      | dua jam        |
      | Pertemuan di Jenewa dimulai sejam kemudian.                                     | sejam          |
      | Pertemuan di Jenewa dimulai dua hari menjelang KTT.                             | dua hari       |
      | Pertemuan di Jenewa dihadiri Putin, yang berusia 70 tahun.                      | 70 tahun       |

  Scenario: A term of office is the office's term, never the length of the meeting
    Given an article "a.txt" that says "Pertemuan di Jenewa dipimpin menteri dengan masa jabatan empat tahun."
    And an article "b.txt" that says "Pertemuan di Jenewa berlangsung empat jam."
    When the ledger is built
    Then the duration claims "empat tahun" and "empat jam" are never compared

  Scenario: Talks that last days: the day counts are compared
    Given an article "a.txt" that says "Perundingan dua hari di Wina berakhir tanpa kesepakatan, kata para diplomat."
    And an article "b.txt" that says "Perundingan di Wina berlangsung selama tiga hari, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "dua hari" and "tiga hari"
    And its verdict is "contradiction"

  Scenario: A meeting in minutes and a preparation of months never meet
    Given an article "a.txt" that says "Pertemuan di Jenewa, yang dipersiapkan selama berbulan-bulan, berlangsung selama 50 menit."
    And an article "b.txt" that says "Pertemuan di Jenewa berlangsung hampir satu jam, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "50 menit" and "hampir satu jam"
    And its verdict is "consistent"
    And the article "a.txt" has no duration claim "berbulan-bulan"

  Scenario Outline: A hedge already says how far; only an exact value is widened for rounding
    Given an article "a.txt" that says "Pertemuan puncak di Jenewa berlangsung <duration a>, kata para pejabat."
    And an article "b.txt" that says "Pertemuan puncak di Jenewa berlangsung <duration b>, kata para pejabat."
    When the ledger is built
    Then there is a duration finding between "<duration a>" and "<duration b>"
    And its verdict is "<verdict>"

    Examples:
      | duration a            | duration b            | verdict       |
      | kurang dari empat jam | sekitar lima jam      | contradiction |
      | kurang dari empat jam | 4 jam 10 menit        | consistent    |
      | sekitar empat jam     | kurang dari empat jam | consistent    |


  # --- a length in days and a length in hours measure different things ----------

  Scenario: Three days of talks and one marathon session of them never contradict
    Given an article "a.txt" published on 2024-03-08 that says "Menteri air Mesir, Ethiopia dan Sudan membahas pengisian waduk bendungan. Perundingan selama tiga hari di Kairo pada 5-7 Maret berakhir tanpa kesepakatan."
    And an article "b.txt" published on 2024-03-08 that says "Menteri air Mesir, Ethiopia dan Sudan membahas pengisian waduk bendungan. Perundingan maraton di Kairo pada Rabu (6/3) berlangsung lebih dari enam jam."
    When the ledger is built
    Then the duration claims "tiga hari" and "lebih dari enam jam" are not called a contradiction

  Scenario Outline: A span of days and the hours of one sitting are never a contradiction
    Given an article "a.txt" that says "Perundingan di Wina berlangsung <days>, kata para diplomat."
    And an article "b.txt" that says "Perundingan di Wina berlangsung <hours>, kata para diplomat."
    When the ledger is built
    Then the duration claims "<days>" and "<hours>" are not called a contradiction

    Examples:
      | days      | hours               |
      | dua hari  | 6 jam 40 menit      |
      | sehari    | lebih dari 12 jam   |
      | tiga hari | 48 jam              |

  Scenario: The same length in hours and in days agrees
    Given an article "a.txt" that says "Perundingan di Doha berlangsung 72 jam, kata para diplomat."
    And an article "b.txt" that says "Perundingan di Doha berlangsung tiga hari, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "72 jam" and "tiga hari"
    And its verdict is "consistent"

  Scenario: Day counts are still compared with day counts
    Given an article "a.txt" that says "Perundingan di Wina berlangsung dua hari, kata para diplomat."
    And an article "b.txt" that says "Perundingan di Wina berlangsung empat hari, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "dua hari" and "empat hari"
    And its verdict is "contradiction"

  # --- an expected length is not what happened ----------------------------------

  Scenario Outline: An expected length is never compared with the length reported
    Given an article "a.txt" that says "<expected>"
    And an article "b.txt" that says "Pertemuan di Jenewa berlangsung kurang dari tiga jam, kata para pejabat."
    When the ledger is built
    Then the duration claims "<length>" and "kurang dari tiga jam" are never compared

    Examples:
      | expected                                                                                  | length               |
      | Seorang pejabat memperkirakan pertemuan di Jenewa berlangsung lima jam.                    | lima jam             |
      | Pertemuan di Jenewa diperkirakan berlangsung sekitar lima jam, kata para pejabat.          | sekitar lima jam     |
      | Pertemuan di Jenewa lebih singkat dari perkiraan awal, yakni lima jam, kata para pejabat.  | lima jam             |
      | Pertemuan di Jenewa semula dijadwalkan berlangsung lima jam, kata para pejabat.            | lima jam             |

  Scenario: A plan for the clock time leaves the length reported alone
    Given an article "a.txt" that says "Pertemuan di Jenewa semula dijadwalkan pukul 10.00, tetapi baru dimulai pukul 10.40 dan berlangsung hampir dua jam."
    And an article "b.txt" that says "Pertemuan di Jenewa berlangsung lebih dari dua jam, kata para pejabat."
    When the ledger is built
    Then there is a duration finding between "hampir dua jam" and "lebih dari dua jam"
    And its verdict is "contradiction"

  Scenario: Two expected lengths are compared with each other
    Given an article "a.txt" that says "Pertemuan di Jenewa diperkirakan berlangsung sekitar lima jam, kata para pejabat."
    And an article "b.txt" that says "Pertemuan di Jenewa diperkirakan berlangsung lima jam, kata para pejabat."
    When the ledger is built
    Then there is a duration finding between "sekitar lima jam" and "lima jam"
    And its verdict is "consistent"

  # --- a length of something else in the clause ----------------------------------

  Scenario Outline: A meal, a session or a next step after the meeting has its own length
    Given an article "a.txt" that says "Delegasi Kongres AS tiba di Taipei untuk kunjungan singkat. <sentence>"
    And an article "b.txt" that says "Delegasi Kongres AS tiba di Taipei untuk kunjungan singkat. Pertemuan di Taipei berlangsung empat jam."
    When the ledger is built
    Then there is no duration finding involving "<length>"

    Examples:
      | sentence                                                                                           | length           |
      | Pertemuan di Taipei berlangsung 40 menit, lalu makan siang bersama menteri selama sekitar dua jam. | sekitar dua jam  |
      | Pertemuan di Taipei terbagi dalam dua sesi, yakni sesi terbatas selama sekitar satu jam.          | sekitar satu jam |
      | Pertemuan di Taipei ditutup dengan jamuan makan malam selama 90 menit.                            | 90 menit         |

  Scenario: "Maret lalu" dates the meeting; it is no next step
    Given an article "a.txt" that says "Para menteri bertemu di Taipei pada Maret lalu selama sekitar 40 menit."
    And an article "b.txt" that says "Para menteri bertemu di Taipei pada Maret lalu selama hampir dua jam."
    When the ledger is built
    Then there is a duration finding between "sekitar 40 menit" and "hampir dua jam"

  # --- the lead names the occasion, a later sentence its length ------------------

  Scenario: A bare sentence takes the place its article's lead gives the occasion
    Given an article "a.txt" published on 2024-02-20 that says "Para menteri Mesir dan Ethiopia menggelar pertemuan di Kairo pada Senin (19/2). Dilansir Reuters, pertemuan berlangsung 4 jam 40 menit. Tim teknis sebelumnya bertemu di Addis Ababa pada 6 Februari."
    And an article "b.txt" published on 2024-02-20 that says "Para menteri Mesir dan Ethiopia menggelar pertemuan di Kairo pada Senin (19/2). Dilansir AFP, pertemuan berlangsung sekitar tiga jam. Tim teknis sebelumnya bertemu di Addis Ababa pada 6 Februari."
    When the ledger is built
    Then there is a duration finding between "4 jam 40 menit" and "sekitar tiga jam"
    And its verdict is "contradiction"
    And its reasons mention "both place it in Kairo"

  Scenario: Two lengths of one article tied only by its lead are never compared
    Given an article "a.txt" published on 2024-02-20 that says "Para menteri Mesir dan Ethiopia menggelar pertemuan di Kairo pada Senin (19/2). Pertemuan berlangsung kurang dari empat jam. Setelah rehat, delegasi melanjutkan pembicaraan selama sekitar satu jam. Tim teknis sebelumnya bertemu di Addis Ababa pada 6 Februari."
    When the ledger is built
    Then there is no duration finding involving "sekitar satu jam"

  Scenario: An article that dates the occasion twice lends no date to a bare sentence
    Given an article "a.txt" published on 2022-01-14 that says "Pembicaraan AS-Rusia di Jenewa digelar pada 10 Januari. Pembicaraan AS-Rusia di Jenewa berlanjut pada 12 Januari. Dilansir Reuters, pembicaraan berlangsung sekitar tiga jam. Pertemuan NATO-Rusia digelar di Brussel."
    And an article "b.txt" published on 2022-01-14 that says "Pembicaraan AS-Rusia di Jenewa pada 10 Januari berlangsung hampir lima jam. Pertemuan NATO-Rusia digelar di Brussel."
    When the ledger is built
    Then the duration claims "sekitar tiga jam" and "hampir lima jam" are not called a contradiction

  Scenario: The first day's length borrows nothing from the whole occasion's lead
    Given an article "a.txt" published on 2023-10-30 that says "Para penasihat keamanan menggelar perundingan di Malta pada 28-29 Oktober. Dilansir Reuters, perundingan pada hari pertama berlangsung sekitar delapan jam. Tim teknis sebelumnya bertemu di Jeddah pada Agustus."
    And an article "b.txt" published on 2023-10-30 that says "Para penasihat keamanan menggelar perundingan di Malta pada 28-29 Oktober. Perundingan di Malta berlangsung total 15 jam. Tim teknis sebelumnya bertemu di Jeddah pada Agustus."
    When the ledger is built
    Then the duration claims "sekitar delapan jam" and "15 jam" are not called a contradiction

  Scenario Outline: The term a thing is given is compared with the same thing's term in the story
    Given an article "a.txt" published on 2026-06-25 that says "<first>"
    And an article "b.txt" published on 2026-06-25 that says "<second>"
    When the ledger is built
    Then there is a duration finding between "<a>" and "<b>"
    And its verdict is "<verdict>"

    Examples:
      | first                                                                                          | second                                                                                         | a          | b          | verdict       |
      | Dalam KTT di Abuja, ECOWAS memberi junta Niger ultimatum satu pekan untuk membebaskan Bazoum.  | Dalam KTT di Abuja, ECOWAS memberi junta Niger ultimatum dua pekan untuk membebaskan Bazoum.   | satu pekan | dua pekan  | contradiction |
      | Dalam KTT di Abuja, ECOWAS memberi junta Niger ultimatum satu pekan untuk membebaskan Bazoum.  | Dalam KTT di Abuja, ECOWAS memberi junta Niger ultimatum tujuh hari untuk membebaskan Bazoum.  | satu pekan | tujuh hari | consistent    |
      | Komite pemantau gencatan senjata sepakat memperpanjang mandatnya selama enam bulan di Naqoura. | Komite pemantau gencatan senjata memperpanjang mandatnya tiga bulan dalam rapat di Naqoura.    | enam bulan | tiga bulan | contradiction |
      | Dalam KTT di Abuja, ECOWAS memberi junta Niger waktu satu pekan untuk membebaskan Bazoum.      | Dalam KTT di Abuja, junta Niger diberi waktu dua pekan untuk membebaskan Bazoum.               | satu pekan | dua pekan  | contradiction |
      | Dalam KTT di Abuja, ECOWAS memberi junta Niger waktu tujuh hari untuk membebaskan Bazoum.      | Dalam KTT di Abuja, ECOWAS memberi junta Niger ultimatum satu pekan untuk membebaskan Bazoum.  | tujuh hari | satu pekan | consistent    |
      | Dewan Keamanan PBB memperpanjang mandat misi itu enam bulan ke depan di New York.               | Dewan Keamanan PBB memperpanjang mandat misi itu tiga bulan dalam rapat di New York.           | enam bulan | tiga bulan | contradiction |

  Scenario Outline: An extension is not the term it extends, and a term is not the length of a meeting
    Given an article "a.txt" published on 2026-05-30 that says "<first>"
    And an article "b.txt" published on 2026-05-30 that says "<second>"
    When the ledger is built
    Then the duration claims "<a>" and "<b>" are never compared

    Examples:
      | first                                                                                   | second                                                                                             | a          | b         |
      | Militer Sudan dan RSF menandatangani gencatan senjata tujuh hari di Jeddah.             | Militer Sudan dan RSF sepakat memperpanjang gencatan senjata selama lima hari di Jeddah.           | tujuh hari | lima hari |
      | Para pemimpin ECOWAS bertemu di Abuja selama dua hari dan memberi junta ultimatum satu pekan. | Para pemimpin ECOWAS bertemu di Abuja selama tiga hari dan memberi junta ultimatum satu pekan. | dua hari   | satu pekan |
      | Para pemimpin ECOWAS bertemu di Abuja selama dua hari dan memberi junta waktu satu pekan.     | Para pemimpin ECOWAS bertemu di Abuja selama tiga hari dan memberi junta waktu satu pekan.     | dua hari   | satu pekan |

  Scenario Outline: A sitting's length is read when what came next follows it
    Given an article "a.txt" published on 2026-03-05 that says "<first>"
    And an article "b.txt" published on 2026-03-05 that says "Perundingan di Jenewa pada Selasa (4/3) berlangsung 5 jam 40 menit, kata para diplomat."
    When the ledger is built
    Then there is a duration finding between "<length>" and "5 jam 40 menit"
    And its verdict is "<verdict>"

    Examples:
      | first                                                                                                                         | length              | verdict       |
      | Perundingan di Jenewa pada Selasa (4/3) berlangsung lebih dari enam jam sebelum kedua delegasi merilis pernyataan bersama.    | lebih dari enam jam | contradiction |
      | Perundingan di Jenewa pada Selasa (4/3) berlangsung hampir enam jam sebelum kedua delegasi merilis pernyataan bersama.        | hampir enam jam     | consistent    |

  Scenario Outline: After a verb of lasting, an offset in days or a delay is still no length
    Given an article "a.txt" that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no duration claim

    Examples:
      | sentence                                                        |
      | Pembicaraan di Jenewa berlangsung dua hari setelah KTT.         |
      | Pertemuan di Jenewa berlangsung dua jam lebih lama dari jadwal. |
      | Pertemuan di Jenewa digelar dua jam setelah pendaratan.         |
