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
      | Pertemuan di Jenewa dipimpin menteri dengan masa jabatan empat tahun.           | empat tahun    |
      | Pembicaraan di Jenewa berlangsung seminggu setelah KTT.                         | seminggu       |

    Examples: offsets and ages
      | sentence                                                                        | words          |
      | Pertemuan di Jenewa digelar 24 jam setelah KTT berakhir.                        | 24 jam         |
      | Pertemuan di Jenewa dimulai dua jam setelah delegasi tiba.                      | dua jam        |
      | Pertemuan di Jenewa dimulai sejam kemudian.                                     | sejam          |
      | Pertemuan di Jenewa dimulai dua hari menjelang KTT.                             | dua hari       |
      | Pertemuan di Jenewa dihadiri Putin, yang berusia 70 tahun.                      | 70 tahun       |

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

