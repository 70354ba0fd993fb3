@durations
Feature: How long something lasted (rule duration-interval)
  Two versions of a story may say how long the same event lasted in different
  words. The ledger reads each as an interval of minutes: an exact value is a
  point, and a hedge widens it ("hampir" is below the value, "lebih dari" above
  it, "sekitar" around it; the bounds live in data/id/hedges.yaml). Each interval
  is widened by 5% for rounding. Intervals that overlap agree; intervals with a
  gap between them cannot both be true of the same event.

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
