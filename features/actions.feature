@actions
Feature: What a subject did to an object (rule action-verb)
  An action is a known verb (data/id/verbs.yaml) with a known subject before it
  and a known object just after it: "Rusia, yang telah memperluas perjanjian
  START Baru". Two versions' verbs on the same subject and object are compared
  through the relations the data lists: contrasting verbs are a contradiction,
  verbs of the same meaning are consistent, and a pair the data knows nothing
  about is not a finding (it stays in the ledger as claims).

  Scenario Outline: Two versions say what Russia did to New START
    Given an article "a.txt" that says "Pemerintahan Biden bekerja sama dengan Rusia, yang telah <verb a> perjanjian START Baru."
    And an article "b.txt" that says "Pemerintahan Biden bersedia bekerja dengan Rusia, yang telah <verb b> perjanjian START Baru tentang senjata nuklir."
    When the ledger is built
    Then there is a action finding between "<verb a>" and "<verb b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | verb a        | verb b        | verdict       | explained           |
      | memperluas    | memperpanjang | contradiction | contrasting meaning |
      | memperpanjang | memperbarui   | consistent    | mean the same       |

  Scenario: Verbs the data knows nothing about are not a finding
    Given an article "a.txt" that says "Pemerintahan Biden bekerja sama dengan Rusia, yang telah memperluas perjanjian START Baru."
    And an article "b.txt" that says "Pemerintahan Biden bersedia bekerja dengan Rusia, yang telah membatalkan perjanjian START Baru tentang senjata nuklir."
    When the ledger is built
    Then there is no action finding involving "membatalkan"

  Scenario: Actions on different objects are never compared
    Given an article "a.txt" that says "Rusia telah memperluas perjanjian START Baru, kata para pejabat."
    And an article "b.txt" that says "Rusia telah memperpanjang proyek Nord Stream 2, kata para pejabat itu kemarin."
    When the ledger is built
    Then there is no action finding involving "memperpanjang"
