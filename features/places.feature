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

  # One occasion, two places. Another place makes another occasion, so the
  # place of an event word is compared with another occasion's only when the
  # two agree on everything else that identifies an occasion: the same kind of
  # event, the same exact days, the same number in a series or the same
  # participants, no marker of another occasion, and two places in two
  # different countries (neither holds the other). Nothing but the place is
  # compared: the lengths and dates of the two stay apart.

  Scenario: The same numbered summit on the same day in two countries is a place contradiction
    Given an article "a.txt" published on 2023-03-16 that says "Para pemimpin ASEAN menggelar KTT khusus ketiga di Bandung, Indonesia, Selasa (14/3), yang berlangsung tiga jam."
    And an article "b.txt" published on 2023-03-16 that says "Para pemimpin ASEAN bertemu dalam KTT khusus ketiga yang digelar di Johor Bahru, Malaysia, Selasa (14/3), selama lima jam."
    When the ledger is built
    Then there is a place finding between "Bandung" and "Johor Bahru"
    And its verdict is "contradiction"
    And its reasons mention "only the place differs"
    And the duration claims "tiga jam" and "lima jam" are never compared

  Scenario: The same two ministers meeting on the same day in two countries is a place contradiction
    Given an article "a.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Doha pada Selasa (14/3) untuk membahas krisis itu."
    And an article "b.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Istanbul pada Selasa (14/3) untuk membahas krisis itu."
    When the ledger is built
    Then there is a place finding between "Doha" and "Istanbul"
    And its verdict is "contradiction"

  Scenario: Two meetings of a series in two cities on consecutive days stay apart
    Given an article "a.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Doha pada Senin (13/3) untuk membahas krisis itu."
    And an article "b.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Istanbul pada Selasa (14/3) untuk membahas krisis itu."
    When the ledger is built
    Then there is no place finding involving "Istanbul"

  Scenario: A meeting in one city and a call the same day stay apart
    Given an article "a.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Jakarta pada Selasa (14/3) untuk membahas krisis itu."
    And an article "b.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China berbicara melalui telepon di Doha pada Selasa (14/3) untuk membahas krisis itu."
    When the ledger is built
    Then there is no place finding involving "Jakarta"

  Scenario: A summit and a ministers' meeting the same day in two cities stay apart
    Given an article "a.txt" published on 2023-03-16 that says "Para pemimpin ASEAN menggelar KTT khusus ketiga di Kuala Lumpur, Malaysia, Selasa (14/3)."
    And an article "b.txt" published on 2023-03-16 that says "Para menteri ASEAN menggelar pertemuan khusus ketiga di Bangkok, Thailand, Selasa (14/3)."
    When the ledger is built
    Then there is no place finding involving "Bangkok"

  Scenario: A city and its country are not two places
    Given an article "a.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Jenewa pada Selasa (14/3) untuk membahas krisis itu."
    And an article "b.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Swiss pada Selasa (14/3) untuk membahas krisis itu."
    When the ledger is built
    Then there is no place finding with the verdict "contradiction"

  Scenario: A venue and its city are not two places
    Given an article "a.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Jenewa pada Selasa (14/3) untuk membahas krisis itu."
    And an article "b.txt" published on 2023-03-16 that says "Menteri luar negeri AS dan China bertemu di Vila Bellevue pada Selasa (14/3) untuk membahas krisis itu."
    When the ledger is built
    Then there is no place finding with the verdict "contradiction"

  Scenario: Two cities of one country are not told apart by the ledger
    Given an article "a.txt" published on 2023-03-16 that says "Para pemimpin ASEAN menggelar KTT khusus ketiga di Bandung, Indonesia, Selasa (14/3)."
    And an article "b.txt" published on 2023-03-16 that says "Para pemimpin ASEAN bertemu dalam KTT khusus ketiga yang digelar di Jakarta, Selasa (14/3)."
    When the ledger is built
    Then there is no place finding with the verdict "contradiction"
