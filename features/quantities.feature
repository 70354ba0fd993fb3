@quantities
Feature: Money and counts (rule quantity-interval)
  A sum of money ("$ 11 miliar") or a count ("lebih dari 200 diplomat",
  "beberapa kapal") is read as an interval, hedges included, like a duration.
  Amounts of the same thing (the same counted noun, or money said of the same
  entity) in the same story are compared: overlapping intervals agree, disjoint
  ones contradict. Amounts in different currencies or of different things are
  never compared.

  Scenario Outline: Two versions count the diplomats expelled
    Given an article "a.txt" that says "Washington mengusir <count a> Rusia dari kedutaan di Washington, kata pejabat."
    And an article "b.txt" that says "Washington mengusir <count b> Rusia dari kedutaan besar di Washington, kata para pejabat."
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | count a                 | count b       | verdict       | explained     |
      | lebih dari 200 diplomat | 250 diplomat  | consistent    | 200–300       |
      | beberapa diplomat       | 5 diplomat    | consistent    | lies inside   |
      | 20 diplomat             | 200 diplomat  | contradiction | less than     |

  Scenario: Money said of the same project agrees within rounding
    Given an article "a.txt" that says "Sanksi menyasar pipa Nord Stream 2 senilai $ 11 miliar yang mengangkut gas Rusia."
    And an article "b.txt" that says "Sanksi menyasar pipa Nord Stream 2 senilai US$ 10,8 miliar yang akan mengangkut gas Rusia ke Jerman."
    When the ledger is built
    Then there is a quantity finding between "$ 11 miliar" and "US$ 10,8 miliar"
    And its verdict is "consistent"

  Scenario: Counts of different things are never compared
    Given an article "a.txt" that says "Amerika Serikat menjatuhkan sanksi pada beberapa kapal yang terlibat."
    And an article "b.txt" that says "Amerika Serikat menjatuhkan sanksi pada 40 entitas yang terlibat dalam proyek itu."
    When the ledger is built
    Then there is no quantity finding involving "40 entitas"
