@places
Feature: Where an event happened (rule place-alias)
  The place of an event is read from the words after its event word ("kunjungan
  ke Brussel", "pembicaraan di Jenewa") and resolved through the aliases of
  data/id/entities.yaml (Brussel / Brussels, Jenewa / Geneva). The same place in
  other words is consistent. A mention that names another place is taken for
  another event, so two places are compared only when nothing else tells the
  events apart.

  Scenario Outline: Two versions name the place of the visit
    Given an article "a.txt" published on 2021-07-29 that says "Pejabat AS akan memberi pengarahan kepada sekutu NATO selama kunjungan ke <place a>, katanya."
    And an article "b.txt" published on 2021-07-29 that says "Para pejabat AS juga akan memberi pengarahan kepada sekutu NATO selama kunjungan ke <place b>, tambahnya."
    When the ledger is built
    Then there is a place finding between "<place a>" and "<place b>"
    And its verdict is "consistent"
    And its explanation mentions "names of one place"

    Examples:
      | place a | place b  |
      | Brussel | Brussels |
      | Jenewa  | Geneva   |

  Scenario: The same place in the same words is not a finding
    Given an article "a.txt" that says "Para diplomat memulai pembicaraan di Jenewa pada hari Rabu."
    And an article "b.txt" that says "Diplomat kedua negara memulai pembicaraan di Jenewa, kata pejabat."
    When the ledger is built
    Then there is no place finding involving "Jenewa"

  Scenario: A summit elsewhere is another event, not another place
    Given an article "a.txt" that says "Para diplomat memulai pembicaraan di Jenewa pada hari Rabu."
    And an article "b.txt" that says "Para diplomat memulai pembicaraan di Jenewa. Para pemimpin NATO bertemu dalam pertemuan di Brussel."
    When the ledger is built
    Then there is no place finding involving "Brussel"
