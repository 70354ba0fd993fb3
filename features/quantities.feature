@quantities
Feature: Money and counts (rule quantity-interval)
  A sum of money ("$ 11 miliar") or a count ("lebih dari 200 diplomat",
  "3.000 hingga 4.000 pengungsi", "beberapa kapal", "ribuan pengungsi") is read
  as an interval, ranges and hedges included, like a duration. Amounts of the
  same thing (the same counted noun with what happened to it, or money said of
  the same entity) at the same time in the same story are compared: overlapping
  intervals agree, disjoint ones contradict. Amounts in different currencies, of
  different things or of different times (a day's figure, the total so far) are
  never compared.

  When the sentence says who gives the figure ("menurut UNHCR", ", kata polisi",
  "Data PBB menyebutkan"), the source is kept with the claim and named in the
  explanation. Two figures that disagree are a contradiction only when both come
  from the same source or neither names one; from different sources they are a
  variant: a disagreement between sources, not a slip of the newsroom.

  Scenario Outline: Two versions count the diplomats expelled
    Given an article "a.txt" that says "Washington mengusir <count a> Rusia dari kedutaan di Washington, kata pejabat."
    And an article "b.txt" that says "Washington mengusir <count b> Rusia dari kedutaan besar di Washington, kata para pejabat."
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | count a                 | count b       | verdict       | explained     |
      | lebih dari 200 diplomat | 250 diplomat  | consistent    | 200–600       |
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

  Scenario: People counted by the head of their clause are compared
    Given an article "a.txt" that says "Jumlah pengunjung Museum Nasional pada 2025 mencapai 126.400 orang, kata pengelola."
    And an article "b.txt" that says "Jumlah pengunjung Museum Nasional pada 2025 tercatat 124.600 orang, kata pengelola."
    When the ledger is built
    Then there is a quantity finding between "126.400 orang" and "124.600 orang"

  Scenario Outline: People counted by the head of their clause, or as citizens of a country, are compared
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "contradiction"

    Examples:
      | said a                                                                  | count a          | said b                                                                  | count b          |
      | Korban tewas banjir di Demak bertambah menjadi 42 orang, kata BNPB.     | 42 orang         | Korban tewas banjir di Demak bertambah menjadi 24 orang, kata BNPB.     | 24 orang         |
      | Sebanyak 27 warga negara Indonesia dievakuasi dari Khartoum, Sudan.     | 27 warga negara  | Sebanyak 72 warga negara Indonesia dievakuasi dari Khartoum, Sudan.     | 72 warga negara  |

  Scenario: A head in another clause says nothing of whom people are
    Given an article "a.txt" that says "Jumlah pengunjung museum itu naik, dan 300 orang mencapai puncak bukit."
    When the ledger is built
    Then the article "a.txt" has no quantity claim

  Scenario Outline: Ranges, hedges and vague counts of refugees
    Given an article "a.txt" that says "Di perbatasan Polandia, <count a> menunggu di tengah badai salju."
    And an article "b.txt" that says "Di perbatasan Polandia, <count b> menunggu di tengah badai salju yang dingin."
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | count a                          | count b                      | verdict       | explained     |
      | lebih dari 5.000 pengungsi       | 3.000 hingga 4.000 pengungsi | contradiction | less than     |
      | lebih dari 5.000 pengungsi       | 3.000-4.000 pengungsi        | contradiction | 3,000–4,000   |
      | lebih dari 5.000 pengungsi       | 8.000 pengungsi              | consistent    | 5,000–15,000  |
      | sekitar 3.000 pengungsi          | 3.200 pengungsi              | consistent    | lies inside   |
      | antara 3.000 dan 4.000 pengungsi | 3.500 pengungsi              | consistent    | lies inside   |
      | ribuan pengungsi                 | 1.500 pengungsi              | consistent    | 1,000–999,999 |
      | ribuan pengungsi                 | 15.000 pengungsi             | consistent    | lies inside   |
      | ribuan pengungsi                 | 500 pengungsi                | contradiction | less than     |
      | hampir 5.000 pengungsi           | lebih dari 5.000 pengungsi   | contradiction | goes over it  |
      | lebih dari 4.000 pengungsi       | 3.000 hingga 4.000 pengungsi | contradiction | goes over it  |
      | 4.500 pengungsi                  | 3.000 hingga 4.000 pengungsi | contradiction | less than     |
      | 4.100 pengungsi                  | 3.000 hingga 4.000 pengungsi | variant       | a little apart |
      | 4.000 pengungsi                  | 3.000 hingga 4.000 pengungsi | consistent    | lies inside   |
      | puluhan ribu pengungsi           | 5.000 pengungsi              | contradiction | less than     |

  Scenario Outline: Who gives the figure decides between a contradiction and a variant
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | sentence a                                                              | count a                    | sentence b                                                                  | count b                      | verdict       | explained                          |
      | Menurut UNHCR, lebih dari 5.000 pengungsi menunggu di perbatasan Polandia. | lebih dari 5.000 pengungsi | Sebanyak 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia, kata polisi. | 3.000 hingga 4.000 pengungsi | variant       | the sources differ (UNHCR vs polisi) |
      | Menurut UNHCR, lebih dari 5.000 pengungsi menunggu di perbatasan Polandia. | lebih dari 5.000 pengungsi | Sebanyak 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia, kata polisi. | 3.000 hingga 4.000 pengungsi | variant       | 'lebih dari 5.000 pengungsi' (Menurut UNHCR) = |
      | Menurut intelijen AS, lebih dari 5.000 pengungsi menunggu di perbatasan Polandia. | lebih dari 5.000 pengungsi | Sebanyak 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia yang dingin. | 3.000 hingga 4.000 pengungsi | variant | intelijen AS vs no source named |
      | Data PBB menyebutkan lebih dari 5.000 pengungsi menunggu di perbatasan Polandia. | lebih dari 5.000 pengungsi | Sebanyak 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia, kata UNHCR. | 3.000 hingga 4.000 pengungsi | variant | PBB vs UNHCR |
      | Menurut UNHCR, lebih dari 5.000 pengungsi menunggu di perbatasan Polandia. | lebih dari 5.000 pengungsi | Menurut Badan Pengungsi PBB, 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia. | 3.000 hingga 4.000 pengungsi | contradiction | (Menurut Badan Pengungsi PBB) = |
      | Lebih dari 5.000 pengungsi menunggu di perbatasan Polandia.             | Lebih dari 5.000 pengungsi | Sebanyak 3.000 hingga 4.000 pengungsi menunggu di perbatasan Polandia yang dingin. | 3.000 hingga 4.000 pengungsi | contradiction | both cannot be true                |

  Scenario Outline: A day's figure and the total so far are not compared
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is no quantity finding involving "<count b>"

    Examples:
      | sentence a                                                        | sentence b                                                                  | count b         |
      | Kemarin, 500 pengungsi tiba di perbatasan Polandia.               | Sejauh ini, 5.000 pengungsi tiba di perbatasan Polandia.                    | 5.000 pengungsi |
      | Pada hari pertama, 500 pengungsi tiba di perbatasan Polandia.     | Secara keseluruhan 5.000 pengungsi tiba di perbatasan Polandia.             | 5.000 pengungsi |
      | Pada hari pertama, 500 pengungsi tiba di perbatasan Polandia.     | Pada hari kedua, 5.000 pengungsi tiba di perbatasan Polandia.               | 5.000 pengungsi |
      | Kemarin, 500 pengungsi tiba di perbatasan Polandia.               | Sebanyak 5.000 pengungsi tiba di perbatasan Polandia.                       | 5.000 pengungsi |

  Scenario: A running total and an unmarked figure are not compared (one may be a single landing's count)
    Given an article "a.txt" that says "Sejauh ini, 500 pengungsi tiba di perbatasan Polandia."
    And an article "b.txt" that says "Sebanyak 5.000 pengungsi tiba di perbatasan Polandia."
    When the ledger is built
    Then the quantity claims "500 pengungsi" and "5.000 pengungsi" are never compared

  Scenario: Two totals so far that differ are a contradiction
    Given an article "a.txt" that says "Sejauh ini, 500 pengungsi tiba di perbatasan Polandia."
    And an article "b.txt" that says "Sejauh ini, 5.000 pengungsi tiba di perbatasan Polandia."
    When the ledger is built
    Then there is a quantity finding between "500 pengungsi" and "5.000 pengungsi"
    And its verdict is "contradiction"

  Scenario: Amounts placed in different places are different things
    Given an article "a.txt" that says "Sebanyak 145 pengungsi Rohingya mendarat di Pantai Laweung Pidie pada Senin."
    And an article "b.txt" that says "Sebanyak 219 pengungsi Rohingya mendarat di Pantai Ulee Rubek pada Senin."
    When the ledger is built
    Then the quantity claims "145 pengungsi" and "219 pengungsi" are never compared

  Scenario Outline: People are counted by what happened to them
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then <outcome>

    Examples:
      | sentence a                                              | sentence b                                                  | outcome                                                               |
      | Ledakan di pasar itu menewaskan 30 orang.               | Sebanyak 45 orang tewas dalam ledakan di pasar itu.         | there is a quantity finding between "30 orang" and "45 orang"         |
      | Ledakan di pasar itu menewaskan 30 orang.               | Sebanyak 45 orang terluka dalam ledakan di pasar itu.       | there is no quantity finding involving "45 orang"                     |
      | Sebanyak 30 orang dilaporkan tewas dalam ledakan itu.   | Ledakan di pasar itu melukai 45 orang.                      | there is no quantity finding involving "45 orang"                     |
      | Ledakan di pasar itu menewaskan 30 orang.               | Sebanyak 200 orang berkumpul di pasar itu.                  | the article "b.txt" has no quantity claim                             |

  Scenario: Refugees and ships are never compared
    Given an article "a.txt" that says "Di perbatasan Polandia, 5.000 pengungsi menunggu di tengah badai salju."
    And an article "b.txt" that says "Di perbatasan Polandia, 40 kapal menunggu di tengah badai salju."
    When the ledger is built
    Then there is no quantity finding involving "40 kapal"

  Scenario: Two amounts of one thing in unrelated sentences are not compared as a slip
    Given an article "a.txt" that says "Menurut PBB, sekitar 40 sandera akan dibebaskan selama jeda pertempuran enam pekan."
    And an article "b.txt" that says "Saat ini sekitar 130 sandera diyakini masih berada di Gaza, kata pejabat Israel."
    When the ledger is built
    Then the quantity claims "sekitar 40 sandera" and "sekitar 130 sandera" are not called a contradiction

  Scenario: A digit slip in a retold sentence is a contradiction, with the evidence in words
    Given an article "a.txt" that says "Kubrakov mengatakan 17 kapal yang sudah bermuatan hampir 600.000 ton biji-bijian siap berangkat."
    And an article "b.txt" that says "Kubrakov mengatakan 17 kapal bermuatan sekitar 60.000 ton biji-bijian sudah siap berlayar."
    When the ledger is built
    Then there is a quantity finding between "hampir 600.000 ton" and "sekitar 60.000 ton"
    And its verdict is "contradiction"
    And its confidence is between 0.65 and 0.75
    And its reasons mention "sentences"

  Scenario: Amounts told in another tense or of another occasion are not compared
    Given an article "a.txt" that says "Sekitar 400 tahanan Palestina akan dibebaskan dalam kesepakatan baru itu."
    And an article "b.txt" that says "Kesepakatan serupa terakhir membebaskan 240 tahanan Palestina dalam kesepakatan pada November."
    When the ledger is built
    Then the quantity claims "Sekitar 400 tahanan" and "240 tahanan" are never compared

  Scenario Outline: A figure is exact to its last stated digit, "sekitar" to the precision it gives
    Given an article "a.txt" that says "Menurut kementerian, AS menempatkan <count a> di pangkalan Okinawa."
    And an article "b.txt" that says "Menurut kementerian, AS menempatkan <count b> di pangkalan Okinawa saat ini."
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples: a digit swapped, a floor undercut
      | count a                   | count b        | verdict       | explained   |
      | sekitar 31.400 tentara    | 34.100 tentara | contradiction | less than   |
      | lebih dari 31.000 tentara | 28.900 tentara | contradiction | less than   |
      | 120 tentara               | 210 tentara    | contradiction | less than   |

    Examples: within what the writer's precision allows
      | count a                | count b        | verdict    | explained   |
      | sekitar 31.400 tentara | 31.700 tentara | consistent | lies inside |
      | sekitar 30.000 tentara | 33.000 tentara | consistent | lies inside |

    Examples: exact figures a little apart are a variant, not a contradiction
      | count a     | count b     | verdict | explained                  |
      | 312 tentara | 315 tentara | variant | a revised count or a slip  |

  Scenario: A sum of money is of its head word, not of the country named beside it
    Given an article "a.txt" that says "Nilai perdagangan Indonesia-Jepang pada 2023 mencapai 41,2 miliar dolar AS, kata kementerian."
    And an article "b.txt" that says "Nilai perdagangan kedua negara pada 2023 tercatat 14,2 miliar dolar AS, kata kementerian."
    When the ledger is built
    Then there is a quantity finding between "41,2 miliar dolar AS" and "14,2 miliar dolar AS"
    And its verdict is "contradiction"

  Scenario: Two counts retold in their own clause of a longer sentence are compared
    Given an article "a.txt" that says "Menurut IAEA, Iran memiliki sekitar 25 kg uranium dengan tingkat pengayaan itu dan telah memasang 212 sentrifus IR-4 di Natanz."
    And an article "b.txt" that says "Menurut IAEA, Iran telah memasang 312 sentrifus canggih IR-4 di fasilitas Natanz."
    When the ledger is built
    Then there is a quantity finding between "212 sentrifus" and "312 sentrifus"
    And its verdict is "contradiction"

  Scenario: A count as of a time of day is a partial count
    Given an article "a.txt" that says "Kementerian Pertahanan Taiwan mendeteksi 35 pesawat China di sekitar pulau itu hingga pukul 17.00."
    And an article "b.txt" that says "Kementerian Pertahanan Taiwan mendeteksi 78 pesawat China di sekitar pulau itu."
    When the ledger is built
    Then the quantity claims "35 pesawat" and "78 pesawat" are never compared

  Scenario: An amount is of the party its own clause names, not of the next clause's
    Given an article "a.txt" that says "Seruan darurat PBB untuk Suriah senilai 379 juta dolar AS dan untuk Turki senilai 1 miliar dolar AS belum terpenuhi."
    And an article "b.txt" that says "Seruan darurat PBB senilai 1 miliar dolar AS untuk Turki baru terdanai sepertiganya."
    When the ledger is built
    Then the quantity claims "379 juta dolar AS" and "1 miliar dolar AS" are never compared

  Scenario: The whole a part is counted out of is no count of its own
    Given an article "a.txt" that says "Sebanyak 22 dari 27 negara anggota Uni Eropa telah mengakui Kosovo."
    And an article "b.txt" that says "Lima negara anggota Uni Eropa belum mengakui Kosovo."
    When the ledger is built
    Then the article "a.txt" has no quantity claim


  Scenario Outline: Exact figures a little apart: a digit swap is a slip, another figure a revision
    Given an article "a.txt" that says "Menurut data kementerian, nilai ekspor kopi pada 2021 mencapai <sum a>."
    And an article "b.txt" that says "Berdasarkan data kementerian, nilai ekspor kopi pada 2021 mencapai <sum b> menurut laporan tahunannya."
    When the ledger is built
    Then there is a quantity finding between "<sum a>" and "<sum b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | sum a                | sum b                | verdict       | explained                  |
      | 25,7 miliar dolar AS | 25,4 miliar dolar AS | variant       | a revised count or a slip  |
      | 25,7 miliar dolar AS | 27,5 miliar dolar AS | contradiction | the same digits in another order |
      | 573 juta dolar AS    | 537 juta dolar AS    | contradiction | the same digits in another order |

  Scenario: Swapped digits are a slip even when only one side names its source
    Given an article "a.txt" that says "Sejak awal tahun, organisasi itu telah melakukan 52 pengiriman obat ke rumah sakit di wilayah utara."
    And an article "b.txt" that says "Organisasi itu telah melakukan 25 pengiriman obat ke rumah sakit di wilayah utara sejak awal tahun, kata Martens."
    When the ledger is built
    Then there is a quantity finding between "52 pengiriman" and "25 pengiriman"
    And its verdict is "contradiction"

  Scenario: Swapped digits from two sources that name different agencies stay a variant
    Given an article "a.txt" that says "Menurut UNHCR, 843.000 pengungsi tiba di perbatasan Polandia."
    And an article "b.txt" that says "Menurut IOM, 834.000 pengungsi tiba di perbatasan Polandia."
    When the ledger is built
    Then there is a quantity finding between "843.000 pengungsi" and "834.000 pengungsi"
    And its verdict is "variant"

  Scenario: Two sentences that each give the same two figures count two things
    Given an article "a.txt" that says "Menurut kementerian, danau itu kini menampung 12 miliar meter kubik air, dari kapasitasnya 30 miliar meter kubik."
    And an article "b.txt" that says "Air yang kini tertampung mencapai 12 miliar meter kubik, kurang dari separuh kapasitas danau sebesar 30 miliar meter kubik."
    When the ledger is built
    Then the quantity claims "12 miliar meter kubik" and "30 miliar meter kubik" are not called a contradiction
    And there is a quantity finding between "12 miliar meter kubik" and "12 miliar meter kubik"
    And its verdict is "consistent"

  Scenario: Two amounts joined by "dan" share the time their clause gives
    Given an article "a.txt" that says "Kementerian Pertahanan Taiwan mendeteksi 35 pesawat militer dan delapan kapal perang China di sekitar pulau itu hingga pukul 17.00."
    And an article "b.txt" that says "Kementerian Pertahanan Taiwan mendeteksi 78 pesawat militer China di sekitar pulau itu."
    When the ledger is built
    Then the quantity claims "35 pesawat" and "78 pesawat" are never compared

  Scenario: A source named by common words is the same as a longer name with those words
    Given an article "a.txt" that says "Menurut polisi Jawa Barat, empat warga sipil tewas dalam bentrokan di perbatasan."
    And an article "b.txt" that says "Menurut polisi, enam warga sipil tewas dalam bentrokan di perbatasan."
    When the ledger is built
    Then there is a quantity finding between "empat warga sipil" and "enam warga sipil"
    And its verdict is "contradiction"

  Scenario Outline: More of what news counts: families, supporters, shipments, staff, the displaced
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "contradiction"

    Examples:
      | sentence a                                                                 | count a              | sentence b                                                                      | count b             |
      | Sebelum krisis, pabrik itu mempekerjakan sekitar 9.000 orang.              | sekitar 9.000 orang  | Sebelum krisis, pabrik itu mempekerjakan sekitar 900 orang.                     | sekitar 900 orang   |
      | Menurut PBB, sekitar 620.000 orang kini mengungsi di dalam negeri Sudan.   | sekitar 620.000 orang | Di dalam negeri Sudan, PBB memperkirakan 260.000 orang terpaksa meninggalkan rumah mereka. | 260.000 orang |
      | Pada hari yang sama, lebih dari 40.000 pendukung oposisi memadati alun-alun. | lebih dari 40.000 pendukung | Pada hari yang sama, 20.000 hingga 30.000 pendukung oposisi memadati alun-alun kota. | 20.000 hingga 30.000 pendukung |
      | Menurut komisi, 1.320 orang masih dinyatakan hilang sejak perang saudara.  | 1.320 orang          | Menurut komisi, 3.120 orang masih dinyatakan hilang sejak perang saudara itu.   | 3.120 orang         |

  Scenario: A count of a generic noun without what happened to it is still no claim
    Given an article "a.txt" that says "Sebanyak 12.000 keluarga tinggal di lembah itu."
    When the ledger is built
    Then the article "a.txt" has no quantity claim

  Scenario Outline: A generic noun counts the people named right after it
    Given an article "a.txt" that says "Kapal tanker itu membawa 25 awak, termasuk <count a>."
    And an article "b.txt" that says "Kapal tanker itu membawa 25 awak, di antaranya <count b>."
    When the ledger is built
    Then <outcome>

    Examples:
      | count a         | count b          | outcome                                                                   |
      | 20 warga India  | 18 warga India   | there is a quantity finding between "20 warga" and "18 warga"              |
      | 20 warga India  | 18 warga Mesir   | the quantity claims "20 warga" and "18 warga" are never compared           |

  Scenario: "sehari" alone is a distance in time, not the figure of one day
    Given an article "a.txt" that says "Kurang dari sehari setelah pengumuman itu, militer menembakkan satu rudal balistik ke perairan lepas pantai timur."
    And an article "b.txt" that says "Militer menembakkan dua rudal balistik ke perairan lepas pantai timur."
    When the ledger is built
    Then there is a quantity finding between "satu rudal" and "dua rudal"
    And its verdict is "contradiction"

  Scenario: The same period words in an undated article are the period of the dated one
    Given an article "a.txt" published on 2024-04-17 that says "Menurut UNHCR, sekitar 5.400 pengungsi menyeberang ke perbatasan timur pekan lalu."
    And an article "b.txt" that says "Menurut UNHCR, 3.000 hingga 4.000 pengungsi menyeberang ke perbatasan timur pekan lalu."
    When the ledger is built
    Then there is a quantity finding between "sekitar 5.400 pengungsi" and "3.000 hingga 4.000 pengungsi"
    And its verdict is "contradiction"
    And its explanation mentions "(Menurut UNHCR) ="

  Scenario Outline: A figure's year, written or counted from the day of writing
    Given an article "a.txt" published on 2023-03-08 that says "Kementerian mencatat nilai ekspor kopi kedua negara pada <year a> mencapai 17,6 miliar dolar AS, naik 24 persen dibanding tahun sebelumnya."
    And an article "b.txt" published on 2023-03-09 that says "Nilai ekspor kopi <year b> tercatat 16,7 miliar dolar AS."
    When the ledger is built
    Then <outcome>

    Examples:
      | year a | year b     | outcome                                                                                   |
      | 2022   | tahun lalu | there is a quantity finding between "17,6 miliar dolar AS" and "16,7 miliar dolar AS"      |
      | 2021   | tahun lalu | the quantity claims "17,6 miliar dolar AS" and "16,7 miliar dolar AS" are never compared   |
      | 2022   | pada 2021  | the quantity claims "17,6 miliar dolar AS" and "16,7 miliar dolar AS" are never compared   |

  Scenario: One year and other figures in unlike sentences are not a slip
    Given an article "a.txt" published on 2023-03-08 that says "Kementerian mencatat nilai ekspor kopi pada 2022 mencapai 17,6 miliar dolar AS, naik tajam berkat harga global."
    And an article "b.txt" published on 2023-03-09 that says "Para petani di lereng gunung itu menyebut ekspor kopi tahun lalu hanya 12,1 miliar dolar AS."
    When the ledger is built
    Then the quantity claims "17,6 miliar dolar AS" and "12,1 miliar dolar AS" are not called a contradiction

  Scenario Outline: A time distance after the amount does not put it on another occasion
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "Seruan darurat PBB untuk Suriah senilai 379 juta dolar AS belum terpenuhi."
    When the ledger is built
    Then <outcome>

    Examples:
      | sentence a                                                                                              | outcome                                                                            |
      | Seruan untuk Suriah senilai 397 juta dolar AS, yang diluncurkan dua hari sebelumnya, baru terdanai separuhnya. | there is a quantity finding between "397 juta dolar AS" and "379 juta dolar AS"     |
      | Dua hari sebelumnya, seruan untuk Suriah senilai 397 juta dolar AS baru terdanai separuhnya.            | the quantity claims "397 juta dolar AS" and "379 juta dolar AS" are never compared |

  Scenario Outline: What happened to the counted, after where they come from
    Given an article "a.txt" that says "Menurut pejabat distrik, sekitar 1.200 warga dari tujuh desa di dekat perbatasan mengungsi pada malam itu."
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then <outcome>

    Examples:
      | sentence b                                                                           | outcome                                                                       |
      | Menurut pejabat distrik, lebih dari 2.000 warga dari tujuh desa mengungsi pada malam itu. | there is a quantity finding between "sekitar 1.200 warga" and "lebih dari 2.000 warga" |
      | Menurut pejabat distrik, lebih dari 2.000 warga dari tujuh desa terluka pada malam itu. | the quantity claims "sekitar 1.200 warga" and "lebih dari 2.000 warga" are never compared |

  Scenario Outline: One figure of one party in two currencies is a slip; other sums are not compared
    Given an article "a.txt" that says "Uni Eropa menyumbang 355 juta euro, menurut komisaris bantuan kemanusiaan."
    And an article "b.txt" that says "Uni Eropa menjanjikan <sum b>, Jerman 244 juta euro, dan Prancis 110 juta euro."
    When the ledger is built
    Then <outcome>

    Examples:
      | sum b             | outcome                                                                           |
      | 355 juta dolar AS | there is a quantity finding between "355 juta euro" and "355 juta dolar AS"       |
      | 380 juta dolar AS | there is no quantity finding between "355 juta euro" and "380 juta dolar AS"      |

  Scenario Outline: A party's place in a count is a figure of that party
    Given an article "a.txt" that says "Pada hari pembukaan, para menteri mengesahkan aksesi Komoro sebagai anggota ke-164 WTO."
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then <outcome>

    Examples:
      | sentence b                                                              | outcome                                                                        |
      | Konferensi itu juga mengesahkan Komoro sebagai anggota ke-146 WTO.       | there is a quantity finding between "anggota ke-164" and "anggota ke-146"       |
      | Konferensi itu juga mengesahkan Komoro sebagai anggota ke-55 Uni Afrika. | the quantity claims "anggota ke-164" and "anggota ke-55" are never compared    |
      | Negara itu diterima secara prinsip sebagai anggota ke-11 ASEAN.          | the article "b.txt" has no quantity claim                                      |

  Scenario Outline: The parts of a text and the currencies of other countries are counted too
    Given an article "a.txt" published on 2026-10-23 that says "<sentence a>"
    And an article "b.txt" published on 2026-10-23 that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "contradiction"

    Examples:
      | sentence a                                                                  | sentence b                                                                  | count a                  | count b                  |
      | Menurut kantor berita AZERTAC, draf perjanjian maritim itu terdiri atas 47 pasal. | Menurut kantor berita AZERTAC, draf perjanjian maritim itu terdiri atas 74 pasal. | 47 pasal                 | 74 pasal                 |
      | Deklarasi New Delhi yang disahkan para pemimpin itu berisi 162 paragraf.   | Deklarasi New Delhi yang disahkan para pemimpin itu berisi 126 paragraf.   | 162 paragraf             | 126 paragraf             |
      | Jepang menjanjikan bantuan 300 miliar yen untuk rekonstruksi pelabuhan itu. | Jepang menjanjikan bantuan 30 miliar yen untuk rekonstruksi pelabuhan itu.  | 300 miliar yen           | 30 miliar yen            |

  Scenario: A figure whose sentence is the sourced one with the attribution cut is the same copy
    Given an article "a.txt" published on 2026-09-12 that says "Australia mengumumkan kontribusi 500 juta dolar Australia untuk Fasilitas Ketahanan Pasifik, menurut Sekretariat PIF."
    And an article "b.txt" published on 2026-09-12 that says "Australia mengumumkan kontribusi 50 juta dolar Australia untuk Fasilitas Ketahanan Pasifik."
    When the ledger is built
    Then there is a quantity finding between "500 juta dolar Australia" and "50 juta dolar Australia"
    And its verdict is "contradiction"

  Scenario: A figure with no source in a sentence of its own stays a disagreement between sources
    Given an article "a.txt" published on 2026-09-12 that says "Australia mengumumkan kontribusi 500 juta dolar Australia untuk Fasilitas Ketahanan Pasifik, menurut Sekretariat PIF."
    And an article "b.txt" published on 2026-09-12 that says "Dalam pidatonya di Koror, Australia berjanji menyumbang 50 juta dolar Australia bagi dana ketahanan kawasan Pasifik."
    When the ledger is built
    Then there is no quantity finding with the verdict "contradiction"


  Scenario Outline: Crews, observers, fines in other currencies and the rescued are counted
    Given an article "a.txt" published on 2026-11-04 that says "<sentence a>"
    And an article "b.txt" published on 2026-11-04 that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<count a>" and "<count b>"
    And its verdict is "contradiction"

    Examples:
      | sentence a                                                                      | sentence b                                                                      | count a              | count b              |
      | Kapal tanker berbendera Liberia yang disita itu membawa 23 awak.               | Kapal tanker berbendera Liberia yang disita itu membawa 32 awak.               | 23 awak              | 32 awak              |
      | Misi pemantau Uni Afrika mengerahkan 48 pemantau ke seluruh provinsi.          | Misi pemantau Uni Afrika mengerahkan 84 pemantau ke seluruh provinsi.          | 48 pemantau          | 84 pemantau          |
      | Pengadilan Ankara menjatuhkan denda 4 juta lira kepada stasiun televisi itu.   | Pengadilan Ankara menjatuhkan denda 40 juta lira kepada stasiun televisi itu.  | 4 juta lira          | 40 juta lira         |
      | Tim SAR gabungan menyelamatkan 17 orang dari kapal yang tenggelam itu.          | Tim SAR gabungan menyelamatkan 71 orang dari kapal yang tenggelam itu.          | 17 orang             | 71 orang             |

  Scenario Outline: New words keep apart what is not the same figure
    Given an article "a.txt" published on 2026-11-04 that says "<sentence a>"
    And an article "b.txt" published on 2026-11-04 that says "<sentence b>"
    When the ledger is built
    Then there is no quantity finding between "<count a>" and "<count b>"

    Examples:
      | sentence a                                                                                 | sentence b                                                                   | count a                | count b                |
      | Surplus perdagangan kedua negara pada 2025 mencapai 9 miliar dolar AS.                      | Nilai perdagangan kedua negara pada 2025 mencapai 42 miliar dolar AS.       | 9 miliar dolar AS      | 42 miliar dolar AS     |
      | Pengadilan menjatuhkan denda 5 juta dolar Kanada kepada perusahaan tambang itu.          | Pengadilan menjatuhkan denda 50 juta dolar AS kepada perusahaan tambang itu. | 5 juta dolar Kanada    | 50 juta dolar AS       |
      | Kelompok bersenjata itu menculik 20 warga desa pada Senin malam.                         | Kelompok bersenjata itu membebaskan 5 warga desa pada Senin malam.           | 20 warga               | 5 warga                |
      | Sebanyak 12 WNI dipulangkan dari kota itu pada Senin.                                     | Sekitar 300 WNI tinggal di kota itu, kata kedutaan pada Senin.               | 12 WNI                 | 300 WNI                |

  Scenario: One figure copied with two digits swapped is one fact, however the sentences are worded
    Given an article "a.txt" published on 2026-11-04 that says "KRI Bima Suci berlayar ke Darwin untuk latihan gabungan. Kapal latih itu diawaki 1.360 personel dari tiga matra."
    And an article "b.txt" published on 2026-11-04 that says "KRI Bima Suci berlayar ke Darwin untuk latihan gabungan angkatan laut. Dalam pelayaran itu, kapal membawa 1.630 personel."
    When the ledger is built
    Then there is a quantity finding between "1.360 personel" and "1.630 personel"
    And its verdict is "contradiction"

  Scenario Outline: Swapped digits do not tie two years, two countries, a plan and its result, or an estimate and an exact figure
    Given an article "a.txt" published on 2026-11-04 that says "<sentence a>"
    And an article "b.txt" published on 2026-11-04 that says "<sentence b>"
    When the ledger is built
    Then there is no quantity finding with the verdict "contradiction"

    Examples:
      | sentence a                                                                  | sentence b                                                                |
      | Pada 2024 pelayaran itu diikuti 1.360 personel.                             | Pada 2025 pelayaran yang sama diikuti 1.630 personel.                     |
      | Filipina mengirim 1.360 personel ke latihan itu.                            | Vietnam mengirim 1.630 personel ke latihan gabungan tersebut.             |
      | Panitia memperkirakan festival itu akan dihadiri 2.400 peserta.             | Festival musim panas itu akhirnya dihadiri 4.200 peserta dari 30 kota.    |
      | Tiga turbin yang kini beroperasi menghasilkan sekitar 1.250 megawatt.       | Pembangkit itu berkapasitas 2.150 megawatt.                               |

  Scenario: An expected figure and the figure of what happened are never compared
    Given an article "a.txt" published on 2026-11-04 that says "Panitia memperkirakan festival itu akan dihadiri sekitar 2.500 peserta."
    And an article "b.txt" published on 2026-11-04 that says "Festival tiga hari itu dihadiri lebih dari 2.500 peserta dari 30 kota."
    When the ledger is built
    Then there is no quantity finding between "sekitar 2.500 peserta" and "lebih dari 2.500 peserta"

  Scenario: Each amount of a list is of its own item, and another party's figure is not the same quantity
    Given an article "a.txt" published on 2026-11-04 that says "Ekspor teh Indonesia ke Jepang pada 2025 mencapai 61.800 ton, minyak kelapa 1,2 juta ton, dan karet 25.300 ton."
    And an article "b.txt" published on 2026-11-04 that says "Untuk minyak kelapa, Indonesia mengirim 1,2 juta ton ke Jepang tahun lalu, jauh di atas Thailand yang mengapalkan sekitar 400.000 ton."
    And an article "c.txt" published on 2026-11-04 that says "Ekspor karet Indonesia ke Jepang pada 2025 tercatat 23.500 ton, sedangkan ekspor teh mencapai 61.800 ton."
    When the ledger is built
    Then there is a quantity finding between "25.300 ton" and "23.500 ton"
    And its verdict is "contradiction"
    And there is no quantity finding between "61.800 ton" and "sekitar 400.000 ton"
    And there is no quantity finding between "25.300 ton" and "sekitar 400.000 ton"
    And there is no quantity finding between "23.500 ton" and "sekitar 400.000 ton"
    And there is no quantity finding with the verdict "variant"

  Scenario: "sekitar 450" is not 400: a range up to 400 contradicts it
    Given an article "a.txt" published on 2026-11-04 that says "Pertemuan di Nairobi dihadiri antara 300 dan 400 delegasi dari 40 negara."
    And an article "b.txt" published on 2026-11-04 that says "Pertemuan di Nairobi itu dihadiri sekitar 450 delegasi dari 40 negara."
    When the ledger is built
    Then there is a quantity finding between "antara 300 dan 400 delegasi" and "sekitar 450 delegasi"
    And its verdict is "contradiction"

  Scenario: A count whose own words name its party is compared whatever other parties its sentence names
    Given an article "a.txt" published on 2026-11-04 that says "Kapal berbendera Liberia itu membawa 30 awak, termasuk 17 warga Vietnam, saat disita di Batam pada 2 November."
    And an article "b.txt" published on 2026-11-04 that says "Saat disita di Batam pada 2 November, awak kapal itu terdiri atas 15 warga Vietnam, delapan warga Myanmar dan tujuh warga Rusia."
    When the ledger is built
    Then there is a quantity finding between "17 warga" and "15 warga"
    And its verdict is "contradiction"
    And there is no quantity finding between "17 warga" and "delapan warga"

  Scenario: Counts of the same thing of two parties named beside them stay apart
    Given an article "a.txt" published on 2026-11-04 that says "Vietnam mengirim 40 kapal patroli ke perairan itu."
    And an article "b.txt" published on 2026-11-04 that says "Filipina mengirim 25 kapal patroli ke perairan itu."
    When the ledger is built
    Then the quantity claims "40 kapal" and "25 kapal" are never compared

  Scenario: A figure said to hold now is the total so far
    Given an article "a.txt" published on 2026-11-04 that says "Hingga kini 12 negara anggota Liga Arab belum membuka kembali kedutaan besar mereka di Damaskus."
    And an article "b.txt" published on 2026-11-04 that says "Sebanyak 15 negara anggota Liga Arab belum membuka kembali kedutaan besar di Damaskus."
    When the ledger is built
    Then there is a quantity finding between "12 negara" and "15 negara"
    And its verdict is "contradiction"

  Scenario: A total so far is not the count of one occasion that does not say it holds now
    Given an article "a.txt" published on 2026-11-04 that says "Hingga kini 1.200 pengungsi mendarat di Pantai Lampanah."
    And an article "b.txt" published on 2026-11-04 that says "Sebanyak 300 pengungsi mendarat di Pantai Lampanah pada Senin (2/11)."
    When the ledger is built
    Then there is no quantity finding with the verdict "contradiction"

  Scenario: A country named after "di" is where the counted are, not whose count it is
    Given an article "a.txt" published on 2026-11-04 that says "Saat ini terdapat 1.450 personel Kontingen Garuda yang bertugas di Kongo."
    And an article "b.txt" published on 2026-11-04 that says "Indonesia saat ini menempatkan 1.540 personel Kontingen Garuda dalam misi MONUSCO."
    When the ledger is built
    Then there is a quantity finding between "1.450 personel" and "1.540 personel"
    And its verdict is "contradiction"

  Scenario: Figures of the counted in two countries named after "di" stay apart
    Given an article "a.txt" published on 2026-11-04 that says "Saat ini terdapat 1.450 personel Kontingen Garuda yang bertugas di Kongo."
    And an article "b.txt" published on 2026-11-04 that says "Saat ini terdapat 1.540 personel Kontingen Garuda yang bertugas di Lebanon."
    When the ledger is built
    Then there is no quantity finding with the verdict "contradiction"

  Scenario Outline: Words around two figures are compared by their roots
    Given an article "a.txt" published on 2026-11-04 that says "<sentence a>"
    And an article "b.txt" published on 2026-11-04 that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<a>" and "<b>"
    And its verdict is "contradiction"

    Examples:
      | sentence a                           | sentence b                                    | a            | b              |
      | Turbin itu berkapasitas 900 megawatt. | Turbin itu memiliki kapasitas 1.400 megawatt. | 900 megawatt | 1.400 megawatt |

  Scenario: A shared root does not tie two figures of unlike sentences
    Given an article "a.txt" published on 2026-11-04 that says "Pemerintah menyalurkan 500 ton beras kepada warga terdampak banjir di tiga kabupaten."
    And an article "b.txt" published on 2026-11-04 that says "Penyaluran tahap kedua sebanyak 300 ton beras tertunda karena jalan rusak."
    When the ledger is built
    Then there is no quantity finding with the verdict "contradiction"

  Scenario: A list item is named by its head word, not by whose it is
    Given an article "a.txt" published on 2026-11-04 that says "Air yang kini tertampung mencapai 12 juta meter kubik, separuh kapasitas danau sebesar 24 juta meter kubik."
    And an article "b.txt" published on 2026-11-04 that says "Danau buatan itu kini menampung 15 juta meter kubik air."
    When the ledger is built
    Then there is a quantity finding between "12 juta meter kubik" and "15 juta meter kubik"
    And its verdict is "contradiction"
    And there is no quantity finding between "24 juta meter kubik" and "15 juta meter kubik"

  Scenario: Another sentence naming a list item's head right before its figure counts that item
    Given an article "a.txt" published on 2026-11-04 that says "Ekspor kopi Indonesia ke Mesir mencapai 9.100 ton, ekspor minyak kelapa 14.000 ton."
    And an article "b.txt" published on 2026-11-04 that says "Ekspor minyak kelapa Indonesia ke Mesir tercatat 12.500 ton."
    When the ledger is built
    Then there is no quantity finding between "9.100 ton" and "12.500 ton"

  Scenario: A place and a building named after it may hold one count
    Given an article "a.txt" published on 2026-11-04 that says "Pertemuan di Arusha dihadiri antara 300 dan 400 delegasi dari 40 negara."
    And an article "b.txt" published on 2026-11-04 that says "Pertemuan di Arusha Convention Centre itu dihadiri sekitar 450 delegasi dari 40 negara."
    When the ledger is built
    Then there is a quantity finding between "antara 300 dan 400 delegasi" and "sekitar 450 delegasi"
    And its verdict is "contradiction"

  Scenario: Two places whose names only share a first word stay apart
    Given an article "a.txt" published on 2026-11-04 that says "Sebanyak 145 pengungsi mendarat di Tanjung Uban pada Senin."
    And an article "b.txt" published on 2026-11-04 that says "Sebanyak 219 pengungsi mendarat di Tanjung Pinang pada Senin."
    When the ledger is built
    Then the quantity claims "145 pengungsi" and "219 pengungsi" are never compared

  Scenario Outline: A percentage is a rate of what its clause names before it
    Given an article "a.txt" published on 2026-09-16 that says "<sentence a>"
    And an article "b.txt" published on 2026-09-16 that says "<sentence b>"
    When the ledger is built
    Then there is a quantity finding between "<rate a>" and "<rate b>"
    And its verdict is "contradiction"
    And its explanation mentions "<figure>"

    Examples:
      | sentence a                                                                  | sentence b                                                                  | rate a     | rate b     | figure      |
      | IMF memproyeksikan ekonomi Sri Lanka tumbuh 4,1 persen tahun ini.            | IMF memproyeksikan ekonomi Sri Lanka tumbuh 4,5 persen tahun ini.            | 4,1 persen | 4,5 persen | 4.1 persen  |
      | Pemerintah menaikkan tarif impor baja menjadi 25% mulai Januari, kata menteri. | Pemerintah menaikkan tarif impor baja menjadi 52% mulai Januari, kata menteri. | 25%        | 52%        | 25 persen   |

  Scenario Outline: A percentage with no rate before it, a share of a thing, another rate, another institution's forecast or a revision is no finding
    Given an article "a.txt" published on 2026-09-16 that says "<sentence a>"
    And an article "b.txt" published on 2026-09-16 that says "<sentence b>"
    When the ledger is built
    Then there is no quantity finding between "<rate a>" and "<rate b>"

    Examples:
      | sentence a                                                                   | sentence b                                                                     | rate a     | rate b     |
      | Harga beras di pasar itu naik 5 persen pekan ini, kata pedagang.             | Harga beras di pasar itu naik 8 persen pekan ini, kata pedagang.               | 5 persen   | 8 persen   |
      | Perjanjian itu menghapus tarif atas 91% ekspor UE ke Mercosur.               | Perjanjian itu menghapus tarif atas 92% ekspor UE ke Mercosur.                 | 91%        | 92%        |
      | IMF memperkirakan ekonomi Sri Lanka tumbuh 4,1 persen tahun ini.             | Pemerintah Sri Lanka menetapkan target pertumbuhan 4,5 persen tahun ini.       | 4,1 persen | 4,5 persen |
      | Inflasi Sri Lanka tahun ini diperkirakan 4,1 persen, kata bank sentral.      | Ekonomi Sri Lanka tahun ini diperkirakan tumbuh 4,5 persen, kata bank sentral. | 4,1 persen | 4,5 persen |
      | IMF memproyeksikan ekonomi Sri Lanka tumbuh 4,1 persen tahun ini.             | Bank Dunia memproyeksikan ekonomi Sri Lanka tumbuh 4,5 persen tahun ini.       | 4,1 persen | 4,5 persen |
      | Bank sentral mencatat inflasi Sri Lanka bulan lalu 3,1 persen.                | Bank sentral mencatat inflasi Sri Lanka bulan lalu 3,2 persen.                 | 3,1 persen | 3,2 persen |

  Scenario: A figure in a relative clause set off by commas has the time of that clause, not of the sentence
    Given an article "a.txt" published on 2023-05-24 that says "Pada hari pemungutan suara, Minggu (21/5/2023), para pemantau Uni Eropa mengunjungi 215 TPS di 13 kotamadya."
    And an article "b.txt" published on 2023-05-24 that says "Misi pemantau Uni Eropa, yang mengunjungi 251 TPS pada hari pemungutan suara, dalam pernyataan awal pada Selasa (23/5/2023) menilai pemilu berjalan baik."
    When the ledger is built
    Then there is a quantity finding between "215 TPS" and "251 TPS"
    And its verdict is "contradiction"

  Scenario: A figure of the main clause keeps its clause's date past a relative clause
    Given an article "a.txt" published on 2023-05-24 that says "Pada hari pemungutan suara, Minggu (21/5/2023), para pemantau Uni Eropa mengunjungi 215 TPS di 13 kotamadya."
    And an article "b.txt" published on 2023-05-24 that says "Misi pemantau Uni Eropa, yang dipimpin Carla Brunetti, mengunjungi 251 TPS pada Selasa (23/5/2023) untuk menghitung ulang suara."
    When the ledger is built
    Then there is no quantity finding between "215 TPS" and "251 TPS"

  Scenario: The city of a dateline is where the copy was filed, not where people were counted
    Given an article "a.txt" that says "TEMPO.CO, Jakarta - Sebanyak 3.200 warga Demak mengungsi akibat banjir bandang, kata BPBD setempat."
    And an article "b.txt" that says "Sebanyak 2.300 warga Demak mengungsi akibat banjir bandang di Demak, kata BPBD setempat."
    When the ledger is built
    Then there is a quantity finding between "3.200 warga" and "2.300 warga"
    And its verdict is "contradiction"

  Scenario: What a port handles is counted
    Given an article "a.txt" that says "Pelabuhan Tanjung Priok menangani 12.000 kontainer selama libur Lebaran, kata Pelindo."
    And an article "b.txt" that says "Pelabuhan Tanjung Priok menangani 21.000 kontainer selama libur Lebaran, kata Pelindo."
    When the ledger is built
    Then there is a quantity finding between "12.000 kontainer" and "21.000 kontainer"
    And its verdict is "contradiction"
