@titles
Feature: The office a person holds (rule title-rank, rule title-holder)
  A title is read from an apposition before a name ("Wakil Menteri Luar Negeri
  AS Wendy Sherman") or from "yang ... sebagai <title>" after it. Abbreviations
  and synonyms are read first (Menlu, Wamenlu, Dubes, Jubir, Sekjen, Wapres, PM,
  Kemlu; Deputi = Wakil; data/id/titles.yaml), then the title becomes a rung on a
  ladder of office (menteri > wakil menteri; presiden > wakil presiden; duta
  besar; komandan; ketua; utusan khusus; kanselir; raja; emir; ...),
  an office, a country and a portfolio. The words of an office are read too
  (portfolios of ministries, "Misi Pemantau Pemilu"), so that a ministry named
  with "dan" is one office ("Menteri Lingkungan Hidup dan Kehutanan", LHK);
  before a name, "dan" followed by a rank starts another title.

  Precision first. A contradiction needs both titles to be about now, in one
  story, and complete (a rank and an office or a country), on ladders whose
  posts one person holds one at a time, with the same office at a different
  rung, or the same office of another country. Two different offices are not a
  contradiction: one person may hold both ("Perdana Menteri sekaligus Menteri
  Luar Negeri"), unless the data says their ladders exclude each other in one
  country or one office (a country the data does not know counts when both
  name it; two bare ranks before a full name, "Menteri" and "Duta Besar", are
  the person's own country's): a country's ambassador is not at the same time its
  minister, head of state or head of government; an organisation's
  director-general is not its secretary-general, nor the director of one of
  its units ("Direktur Regional WHO"; a bare "Direktur WHO" may be the
  director-general's title shortened). The deputy of any office ("Wakil
  Administrator", "Deputi Direktur Pelaksana") is another person than its head,
  on any ladder, when the office is the very same or the head's rank stands
  alone where it needs no office. An ordinal ("Wakil Menteri Luar
  Negeri Pertama", the first deputy) keeps the deputy's rung. A military or
  police rank (Mayjen, Letjen, Laksda, Irjen) is the person's own, complete by
  itself, held beside any office and never compared with one; "Jenderal" alone
  may be said of any general. The same post with its office or portfolio worded
  differently, abbreviated, named by a synonym, or with words or its whole
  portfolio dropped, is a variant; a title that only leaves out the country is
  consistent. A former or future post (mantan, eks, calon, terpilih, "yang akan
  menjabat") is not compared; an acting post (Plt.) is a variant of the post
  itself, and is set against the deputy's rung only when it is a penjabat
  appointed to the post (a regent's or a mayor's). Aides (pembantu, penasihat,
  ajudan, staf, asisten, utusan) are wordings of one role, not ranks; a special
  envoy (utusan khusus, perwakilan khusus) and the national security adviser
  hold posts. Chairing a delegation, a team or a meeting is a role held beside
  a post, never contradicted.

  Titles of different people are compared for one thing only (rule
  title-holder): a post with one holder at a time (single_holder_ranks of
  data/id/names.yaml: a country's president, prime minister, chancellor, a
  minister of one portfolio), read in full and about now (rank, office,
  portfolio and country the same, the country named, not former, future or
  acting), given in one story to two people, by full name, is a contradiction:
  one source gives the post to the wrong person. Never when a sentence tells
  that one follows or stands in for the other ("menggantikan"), when the story
  names a holder to come of such a post in that country ("yang akan
  menjabat"), when a sentence says its titles are of another time ("kala itu",
  a year before the article's), or when the two names may be one person
  spelled two ways (close family names, or a shared given name and family
  names not far apart).

  Scenario Outline: Two versions give the same person a title
    Given an article "a.txt" that says "Bonnie Jenkins, yang dikukuhkan seminggu lalu sebagai <title a>, ikut serta dalam pembicaraan."
    And an article "b.txt" that says "Bonnie Jenkins, yang satu minggu lalu dikukuhkan sebagai <title b>, mengambil bagian dalam pembicaraan itu."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | title a                                              | title b                                                  | verdict       | explained                      |
      | menteri luar negeri untuk urusan pengawasan senjata  | wakil menteri luar negeri untuk pengendalian senjata     | contradiction | rank 'menteri' vs 'wakil menteri' |
      | wakil menteri luar negeri untuk pengawasan senjata   | wakil menteri luar negeri untuk pengendalian senjata     | variant       | the portfolio is worded        |
      | wakil menteri luar negeri untuk pengendalian senjata | Wakil Menteri Luar Negeri untuk urusan pengendalian senjata | consistent | name the same post             |

  Scenario Outline: A title between commas after the name is the name's office, unless a list goes on
    Given an article "a.txt" that says "<sentence>"
    And an article "b.txt" that says "Juru bicara Kemlu AS Ned Price memberi keterangan kepada wartawan."
    When the ledger is built
    Then the article "a.txt" has <claims> title claim about "Ned Price"

    Examples:
      | sentence                                                                              | claims |
      | Ned Price, juru bicara Departemen Luar Negeri, memberi keterangan.                    | one    |
      | Keterangan itu disampaikan oleh Ned Price, juru bicara Departemen Luar Negeri.        | one    |
      | Rapat dihadiri Ned Price, juru bicara Kementerian Pertahanan, dan Wendy Sherman.      | no     |
      | Rapat dihadiri Ned Price, juru bicara Kementerian Pertahanan, Joe Biden, dan Sherman. | no     |
      | Ned Price, yang memimpin rapat, dan Wendy Sherman tiba.                              | no     |

  Scenario: A title said of someone else in the clause is not the name's
    Given an article "a.txt" that says "Sergey Lavrov, yang menyebut Wendy Sherman sebagai wakil menteri luar negeri yang tangguh, tiba di Jenewa."
    And an article "b.txt" that says "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jenewa pada hari Senin."
    When the ledger is built
    Then the article "a.txt" has no title claim about "Sergey Lavrov"

  Scenario: A title between commas is compared like any other
    Given an article "a.txt" that says "Ned Price, juru bicara Departemen Luar Negeri, memberi keterangan."
    And an article "b.txt" that says "Juru bicara Kemlu AS Ned Price memberi keterangan kepada wartawan."
    When the ledger is built
    Then there is a title finding between "juru bicara Departemen Luar Negeri" and "Juru bicara Kemlu AS"
    And its verdict is "consistent"

  Scenario Outline: Synonyms and abbreviations of a rank name the same post
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "variant"
    And its explanation mentions "name the same post"
    And its explanation mentions "<read as>"

    Examples:
      | person          | title a                          | title b                                | read as                             |
      | Sergei Ryabkov  | Deputi Menteri Luar Negeri Rusia | Wakil Menteri Luar Negeri Rusia        | Deputi = wakil                      |
      | Sergei Ryabkov  | Wamenlu Rusia                    | Wakil Menteri Luar Negeri Rusia        | Wamenlu = wakil menteri luar negeri |
      | Sergei Ryabkov  | Wakil Menlu Rusia                | Deputi Menteri Luar Negeri Rusia       | Menlu = menteri luar negeri         |
      | Sergey Lavrov   | Menlu Rusia                      | Menteri Luar Negeri Rusia              | Menlu = menteri luar negeri         |
      | Lloyd Austin    | Menhan AS                        | Menteri Pertahanan AS                  | Menhan = menteri pertahanan         |
      | Anatoly Antonov | Dubes Rusia untuk AS             | Duta Besar Rusia untuk Amerika Serikat | Dubes = duta besar                  |
      | Dmitry Peskov   | Jubir Kremlin                    | juru bicara Kremlin                    | Jubir = juru bicara                 |
      | Ned Price       | juru bicara Kemlu AS             | juru bicara Departemen Luar Negeri AS  | Kemlu = kementerian luar negeri     |
      | Jens Stoltenberg | Sekjen NATO                     | Sekretaris Jenderal NATO               | Sekjen = sekretaris jenderal        |
      | Kamala Harris   | Wapres AS                        | Wakil Presiden AS                      | Wapres = wakil presiden             |
      | Olaf Scholz     | PM Jerman                        | Perdana Menteri Jerman                 | PM = perdana menteri                |
      | Jen Psaki       | Sekretaris Pers Gedung Putih     | juru bicara Gedung Putih               | Sekretaris Pers = juru bicara       |

  Scenario Outline: Aides are wordings of one role, never a contradiction
    Given an article "a.txt" that says "<title a> Yuri Ushakov mengatakan percakapan itu berlangsung 50 menit."
    And an article "b.txt" that says "<title b> Yuri Ushakov mengatakan kepada wartawan bahwa percakapan itu berlangsung 50 menit."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | title a                  | title b                                 | verdict    | explained                 |
      | pembantu Kremlin         | penasihat kebijakan luar negeri Kremlin | variant    | wordings of one role      |
      | ajudan Presiden Rusia    | pembantu Kremlin                        | variant    | not ranks                 |
      | asisten Presiden Rusia   | penasihat Presiden Rusia                | variant    | 'asisten', 'penasihat'    |
      | penasihat Kremlin        | penasihat Presiden Rusia                | variant    | name the same post        |
      | penasihat Kremlin        | penasihat Gedung Putih                  | variant    | wordings of one role      |

  Scenario Outline: A title that drops a word of its office or portfolio is a variant or says less
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | sentence a                                                    | sentence b                                                                                          | title a                  | title b                                              | verdict    | explained                |
      | Juru Bicara Gedung Putih Emily Horne mengatakan hal itu.      | Juru Bicara Dewan Keamanan Nasional Gedung Putih Emily Horne mengatakan hal itu kepada wartawan.    | Juru Bicara Gedung Putih | Juru Bicara Dewan Keamanan Nasional Gedung Putih     | variant    | one drops words          |
      | Wakil Menlu Bonnie Jenkins tiba di Jenewa.                     | Bonnie Jenkins, yang dikukuhkan sebagai Wakil Menteri Luar Negeri untuk Pengendalian Senjata, tiba. | Wakil Menlu              | Wakil Menteri Luar Negeri untuk Pengendalian Senjata | variant    | drops the portfolio      |
      | Menteri Luar Negeri Sergey Lavrov tiba di Jenewa.              | Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jenewa pada hari Senin.                             | Menteri Luar Negeri      | Menteri Luar Negeri Rusia                            | consistent | leaves out the country   |

  Scenario Outline: Former, future and acting titles are not claims about the post now
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then the title "<title a>" of "<person>" is read as "<read as>"
    And the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person         | sentence a                                                                                    | title a                                  | sentence b                                                            | title b                         | read as                  |
      | Sergei Ryabkov | Mantan Wakil Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa.                          | Mantan Wakil Menteri Luar Negeri Rusia   | Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa pada hari Senin. | Menteri Luar Negeri Rusia     | former                   |
      | Sergei Ryabkov | Kata eks-Menlu Rusia Sergei Ryabkov kepada wartawan.                                           | eks-Menlu Rusia                          | Wakil Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa.        | Wakil Menteri Luar Negeri Rusia | former                   |
      | Sergei Ryabkov | Sergei Ryabkov, yang pernah menjabat sebagai menteri luar negeri, tiba di Jenewa.              | menteri luar negeri                      | Wakil Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa.        | Wakil Menteri Luar Negeri Rusia | former                   |
      | Lloyd Austin   | Calon Menteri Pertahanan AS Lloyd Austin tiba di Washington.                                   | Calon Menteri Pertahanan AS              | Wakil Menteri Pertahanan AS Lloyd Austin tiba di Washington.          | Wakil Menteri Pertahanan AS     | future                   |
      | Lloyd Austin   | Lloyd Austin, yang akan menjabat sebagai Menteri Pertahanan AS, tiba di Washington.            | Menteri Pertahanan AS                    | Wakil Menteri Pertahanan AS Lloyd Austin tiba di Washington.          | Wakil Menteri Pertahanan AS     | future                   |
      | Lloyd Austin   | Lloyd Austin, yang ditunjuk sebagai Menteri Pertahanan AS mulai bulan depan, tiba di Washington. | Menteri Pertahanan AS                  | Wakil Menteri Pertahanan AS Lloyd Austin tiba di Washington.          | Wakil Menteri Pertahanan AS     | future                   |
      | Joe Biden      | Presiden terpilih AS Joe Biden berbicara di Delaware.                                          | Presiden terpilih AS                     | Wakil Presiden AS Joe Biden berbicara di Delaware.                    | Wakil Presiden AS               | future                   |
      | Sergei Ryabkov | Plt Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa.                                   | Plt Menteri Luar Negeri Rusia            | Wakil Menteri Luar Negeri Rusia Sergei Ryabkov tiba di Jenewa.        | Wakil Menteri Luar Negeri Rusia | acting                   |

  Scenario: An acting minister and the minister are the same post, worded as acting
    Given an article "a.txt" that says "Pelaksana Tugas Menteri Pertahanan AS Lloyd Austin tiba di Washington."
    And an article "b.txt" that says "Menteri Pertahanan AS Lloyd Austin tiba di Washington pada hari Senin."
    When the ledger is built
    Then there is a title finding between "Pelaksana Tugas Menteri Pertahanan AS" and "Menteri Pertahanan AS"
    And its verdict is "variant"
    And its explanation mentions "acting"

  Scenario Outline: A rank or country that differs for one person's office is a contradiction
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person          | title a                          | title b                                   | explained                    |
      | Sergei Ryabkov  | Deputi Menteri Luar Negeri Rusia | Menteri Luar Negeri Rusia                 | Deputi = wakil               |
      | Wendy Sherman   | Wamenlu AS                       | Menlu AS                                  | rank 'wakil menteri' vs 'menteri' |
      | Kamala Harris   | Wapres AS                        | Presiden AS                               | rank 'wakil presiden' vs 'presiden' |
      | Sergey Lavrov   | Menteri Luar Negeri Rusia        | Menteri Luar Negeri AS                    | country 'Rusia' vs 'AS'      |
      | Dmitry Peskov   | juru bicara Kremlin              | juru bicara Gedung Putih                  | country 'Rusia' vs 'AS'      |
      | Sergei Ryabkov  | Wakil Menteri Luar Negeri Pertama Rusia | Menteri Luar Negeri Rusia          | rank 'wakil menteri' vs 'menteri' |
      | Sergei Ryabkov  | Wakil Menlu Pertama Rusia        | Menlu Rusia                               | rank 'wakil menteri' vs 'menteri' |
      | Mikhail Mishustin | Wakil PM Pertama Rusia         | Perdana Menteri Rusia                     | rank 'wakil perdana menteri' vs 'perdana menteri' |

  Scenario Outline: An ambassador or a spokesperson is not at the same time a minister or a head of his own country
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person          | title a                          | title b                        | explained                                |
      | Anatoly Antonov | Duta Besar Rusia untuk AS        | Menteri Luar Negeri Rusia      | 'duta besar' (perwakilan diplomatik) and 'menteri' (kabinet) of Rusia |
      | Xu Wei          | Dubes China untuk AS             | Menlu China                    | of China are posts one person does not hold at once |
      | Karen Hughes    | Duta Besar AS untuk PBB          | Menteri Luar Negeri AS         | of AS                                    |
      | Karen Hughes    | Duta Besar AS untuk PBB          | Presiden AS                    | (kepala negara) of AS                    |
      | Majed Ansari    | Juru bicara Kementerian Luar Negeri Qatar | Menteri Luar Negeri Qatar | 'juru bicara' (juru bicara) and 'menteri' (kabinet) of Qatar |
      | Dmitry Peskov   | juru bicara Kremlin              | Presiden Rusia                 | of Rusia                                 |
      | Oliver Brandt   | Wakil Duta Besar Jerman untuk Indonesia | Perdana Menteri Jerman  | (kepala pemerintahan) of Jerman          |

  Scenario Outline: An ambassador and a minister of different countries, or of no country, are not compared
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person          | title a                          | title b                        |
      | Anatoly Antonov | Duta Besar Rusia untuk AS        | Menteri Luar Negeri AS         |
      | Anatoly Antonov | Duta Besar untuk AS              | Menteri Luar Negeri Rusia      |
      | Anatoly Antonov | Duta Besar Rusia untuk AS        | Menteri Luar Negeri            |
      | Anatoly Antonov | Duta Besar Rusia untuk AS        | juru bicara Kremlin            |

  Scenario Outline: Two different offices for one person are not a contradiction
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person          | title a                   | title b                                   |
      | Sergey Lavrov   | Menteri Luar Negeri Rusia | Menteri Sumber Daya Alam Rusia            |
      | Dmitry Peskov   | juru bicara Kremlin       | juru bicara Kementerian Luar Negeri Rusia |
      | Mohammed Al Thani | Perdana Menteri Qatar   | Menteri Luar Negeri Qatar                 |
      | Alexander Novak | Wakil Perdana Menteri Rusia | Menteri Energi Rusia                    |
      | Alexander Novak | Wakil PM Pertama Rusia    | Menteri Energi Rusia                      |

  Scenario Outline: One rank of two ministries that share no area of government is a contradiction
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person          | title a                                  | title b                                 | explained                                  |
      | Sergey Lavrov   | Menteri Luar Negeri Rusia                | Menteri Pertahanan Rusia                | ministries of areas that share none        |
      | Herman Halushko | Menteri Energi Ukraina                   | Menlu Ukraina                           | 'energi' (energi) vs 'luar negeri'         |
      | Hani Sewilam    | Menteri Sumber Daya Air dan Irigasi Mesir | Menteri Luar Negeri                    | (air)                                      |
      | Wu Qian         | juru bicara Kementerian Pertahanan China | Jubir Kemlu China                       | portfolio_areas                            |
      | Olga Stefanova  | Wakil Menteri Dalam Negeri Turki         | Wakil Menteri Luar Negeri Turki         | 'dalam negeri' (dalam negeri)              |

  Scenario Outline: Two wordings of one ministry, ministries of two countries, or two ministries held at once are no contradiction
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

    Examples:
      | sentence a                                                        | sentence b                                                               |
      | Menteri Infrastruktur Ukraina Oleksiy Kuprin tiba di Istanbul.         | Menteri Transportasi Ukraina Oleksiy Kuprin menandatangani dokumen itu.     |
      | Menteri Ekonomi Prancis Bruno Lemaitre tiba di Brussel.             | Menteri Keuangan Prancis Bruno Lemaitre membuka sidang itu.              |
      | Menteri Kelautan Turki Rosa Vidal tiba di Ankara.                   | Menteri Perikanan Turki Rosa Vidal membuka sidang itu.                   |
      | Menteri Energi Ukraina Herman Halushko tiba di Wina.                | Menteri Luar Negeri Rusia Herman Halushko membuka sidang itu.            |
      | Menteri Luar Negeri Prancis Pierre Naudin, yang merangkap Menteri Pertahanan, tiba. | Menteri Pertahanan Prancis Pierre Naudin membuka sidang itu. |
      | Menteri Perdagangan Australia Don Farrow tiba di Jakarta.           | Menteri Perdagangan dan Investasi Australia Don Farrow membuka forum.    |

  Scenario Outline: A president is not the prime minister of the same country
    Given an article "a.txt" that says "<title a> <person> tiba di Ohrid untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Ohrid pada hari Sabtu."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "(kepala negara)"

    Examples:
      | person          | title a           | title b                       |
      | Milan Jovanović | Presiden Serbia   | Perdana Menteri Serbia        |
      | Milan Jovanović | Presiden Serbia   | Wakil PM Serbia               |

  Scenario: A president and a prime minister of two countries are not compared
    Given an article "a.txt" that says "Presiden Serbia Milan Jovanović tiba di Ohrid untuk pembicaraan itu."
    And an article "b.txt" that says "Perdana Menteri Kosovo Milan Jovanović membuka pembicaraan di Ohrid pada hari Sabtu."
    When the ledger is built
    Then the titles "Presiden Serbia" and "Perdana Menteri Kosovo" of "Milan Jovanović" are not compared

  Scenario Outline: A spokesperson is not the head of the body it speaks for
    Given an article "a.txt" that says "<title a> <person> tiba di Naqoura untuk rapat itu."
    And an article "b.txt" that says "<title b> <person> membuka rapat di Naqoura pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person        | title a            | title b            | explained                               |
      | Paolo Serrani | juru bicara UNIFIL | Komandan UNIFIL    | 'juru bicara' (juru bicara) and 'komandan' (komandan) of unifil |
      | Paolo Serrani | Jubir ASEAN        | Sekjen ASEAN       | of asean                                |

  Scenario Outline: A spokesperson and the head of another body, of one country, are not compared
    Given an article "a.txt" that says "<title a> <person> tiba di Doha untuk rapat itu."
    And an article "b.txt" that says "<title b> <person> membuka rapat di Doha pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person        | title a                                   | title b                        |
      | Khalid Mansur | Juru bicara Kementerian Luar Negeri Qatar | Kepala Biro Informasi Qatar    |
      | Khalid Mansur | juru bicara UNIFIL                        | Komandan Sektor Timur UNIFIL   |

  Scenario: An ambassador posted to two countries is a contradiction
    Given an article "a.txt" that says "Duta Besar RI untuk Austria Rina Wulandari tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "Dubes RI untuk Australia Rina Wulandari membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "Duta Besar RI untuk Austria" and "Dubes RI untuk Australia"
    And its verdict is "contradiction"
    And its explanation mentions "posted to 'Austria' vs 'Australia'"

  Scenario Outline: One posting named by its capital, or two postings held at once, are no contradiction
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

    Examples:
      | sentence a                                                         | sentence b                                                        |
      | Duta Besar Rusia untuk AS Anatoly Antonenko tiba di New York.       | Duta Besar Rusia di Washington Anatoly Antonenko membuka acara itu. |
      | Dubes RI untuk Austria Rina Wulandari, yang merangkap Dubes untuk Slovenia, hadir. | Duta Besar RI untuk Slovenia Rina Wulandari membuka acara itu. |

  Scenario Outline: The head of an organisation is its secretary-general or its director-general, not both
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk sidang itu."
    And an article "b.txt" that says "<title b> <person> membuka sidang di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person       | title a               | title b                    |
      | Amina Diallo | Direktur Jenderal WHO | Sekretaris Jenderal PBB    |
      | Amina Diallo | Direktur Jenderal     | Sekretaris Jenderal WHO    |

  Scenario: The director-general and the secretary-general of one organisation are a contradiction
    Given an article "a.txt" that says "Dirjen WHO Amina Diallo tiba di Jenewa untuk sidang itu."
    And an article "b.txt" that says "Sekjen WHO Amina Diallo membuka sidang di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "Dirjen WHO" and "Sekjen WHO"
    And its verdict is "contradiction"
    And its explanation mentions "of who are posts one person does not hold at once"

  Scenario Outline: The director-general of an organisation is not the director of one of its units
    Given an article "a.txt" that says "<title a> Hans Kluge tiba di Ankara untuk meninjau rumah sakit."
    And an article "b.txt" that says "<title b> Hans Kluge meninjau rumah sakit di Ankara pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "one of its units"

    Examples:
      | title a                           | title b                      |
      | Direktur Regional WHO untuk Eropa | Direktur Jenderal WHO        |
      | Direktur Regional WHO             | Wakil Direktur Jenderal WHO  |

  Scenario Outline: A director named by the organisation alone, or of another organisation, is not set against its director-general
    Given an article "a.txt" that says "<title a> Hans Kluge tiba di Ankara untuk meninjau rumah sakit."
    And an article "b.txt" that says "<title b> Hans Kluge meninjau rumah sakit di Ankara pada hari Senin."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

    Examples:
      | title a                              | title b               |
      | Direktur WHO                         | Direktur Jenderal WHO |
      | Direktur Regional UNICEF untuk Eropa | Direktur Jenderal WHO |

  Scenario: An envoy speaks for the post named after the envoy's word; that post is not the envoy's
    Given an article "a.txt" that says "Utusan Pribadi Sekjen PBB Elena Castillo tiba di Nikosia."
    And an article "b.txt" that says "Wakil Sekjen PBB Elena Castillo membuka pertemuan di Nikosia pada hari Jumat."
    When the ledger is built
    Then the title "Utusan Pribadi Sekjen PBB" of "Elena Castillo" is read as "aide: utusan"
    And the titles "Utusan Pribadi Sekjen PBB" and "Wakil Sekjen PBB" of "Elena Castillo" are not compared

  Scenario: The first deputy and a deputy of one office are the same rung
    Given an article "a.txt" that says "Wakil Menteri Luar Negeri Pertama Korea Utara Choe Son Hui tiba di Stockholm."
    And an article "b.txt" that says "Wakil Menlu Korut Choe Son Hui membuka pembicaraan di Stockholm pada hari Sabtu."
    When the ledger is built
    Then there is a title finding between "Wakil Menteri Luar Negeri Pertama Korea Utara" and "Wakil Menlu Korut"
    And its verdict is "variant"
    And its explanation mentions "name the same post"

  Scenario Outline: Two military or police ranks of one person that differ are a contradiction
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | sentence a                                                                     | sentence b                                                                  | title a        | title b          | verdict       | explained                                      |
      | Pembicaraan lewat telepon dilakukan DGMO Pakistan Mayjen Imran Qadir.          | Menurut DGMO Pakistan Letnan Jenderal Imran Qadir, gencatan senjata berlaku. | Mayjen         | Letnan Jenderal  | contradiction | rank 'mayor jenderal' vs 'letnan jenderal'     |
      | Kapal itu dipimpin Laksda Arif Wibowo dari Surabaya.                           | Laksamana Madya Arif Wibowo memimpin kapal itu dari Surabaya.               | Laksda         | Laksamana Madya  | contradiction | rank 'laksamana muda' vs 'laksamana madya'     |
      | Penyelidikan dipimpin Irjen Budi Santoso di Jakarta.                           | Komjen Budi Santoso memimpin penyelidikan itu di Jakarta.                   | Irjen          | Komjen           | contradiction | rank 'inspektur jenderal' vs 'komisaris jenderal' |
      | Pembicaraan lewat telepon dilakukan DGMO Pakistan Mayjen Imran Qadir.          | Menurut DGMO Pakistan Mayor Jenderal Imran Qadir, gencatan senjata berlaku. | Mayjen         | Mayor Jenderal   | variant       | Mayjen = mayor jenderal                        |

  Scenario Outline: A general named loosely, a rank beside an office, or a civil office of a rank's name is not a contradiction
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person        | sentence a                                                       | title a                              | sentence b                                                     | title b    |
      | Amadou Tiani  | Junta dipimpin Jenderal Amadou Tiani sejak Juli.                 | Jenderal                             | Brigjen Amadou Tiani memimpin junta itu sejak Juli.            | Brigjen    |
      | Imran Qadir   | Pembicaraan dilakukan Mayjen Imran Qadir lewat telepon.          | Mayjen                               | Menteri Pertahanan Pakistan Imran Qadir menelepon mitranya.    | Menteri Pertahanan Pakistan |
      | Budi Santoso  | Audit dipimpin Inspektur Jenderal Kementerian Keuangan Budi Santoso. | Inspektur Jenderal Kementerian Keuangan | Komjen Budi Santoso memimpin audit itu.                   | Komjen     |

  Scenario: An office and a rank written together are two titles, and a rank's own words are one
    Given an article "a.txt" that says "Direktur Jenderal Operasi Militer Pakistan Mayjen Imran Qadir menelepon mitranya dari India."
    And an article "b.txt" that says "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Brussel."
    When the ledger is built
    Then the article "a.txt" has a title claim "Direktur Jenderal Operasi Militer Pakistan" about "Imran Qadir"
    And the article "a.txt" has a title claim "Mayjen" about "Imran Qadir"
    And the article "b.txt" has one title claim about "Jens Stoltenberg"

  Scenario Outline: A regent's or mayor's penjabat holds the post itself, so the deputy's rung contradicts it
    Given an article "a.txt" that says "<person>, yang dilantik sebagai <title a>, tiba di pendopo."
    And an article "b.txt" that says "<person>, yang menjabat sebagai <title b>, mengatakan pengungsi dipindahkan."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | person         | title a                | title b                 | verdict       | explained                      |
      | Rahmat Maulana | Penjabat Bupati Pidie  | Wakil Bupati Pidie      | contradiction | appointed to the post itself   |
      | Rahmat Maulana | Pj Wali Kota Bogor     | Wakil Wali Kota Bogor   | contradiction | rank 'wali kota' vs 'wakil wali kota' |
      | Rahmat Maulana | Pj Bupati Pidie        | Bupati Pidie            | variant       | holds the post as acting       |

  Scenario Outline: Other acting posts may be held by the deputy, so they are not compared with the deputy's rung
    Given an article "a.txt" that says "<person>, yang dilantik sebagai <title a>, tiba di pendopo."
    And an article "b.txt" that says "<person>, yang menjabat sebagai <title b>, mengatakan pengungsi dipindahkan."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person           | title a                | title b               |
      | Rahmat Maulana   | Plt Bupati Pidie       | Wakil Bupati Pidie    |
      | Mohammad Mokhber | Penjabat Presiden Iran | Wakil Presiden Iran   |
      | Rahmat Maulana   | Pj Gubernur Aceh       | Wakil Gubernur Aceh   |

  Scenario Outline: One post with one holder given to two people in one story is a contradiction
    Given an article "a.txt" that says "<title> <holder> membuka pertemuan para menteri di Kairo pada hari Senin."
    And an article "b.txt" that says "<title> <other> mengatakan pertemuan para menteri di Kairo berjalan baik."
    When the ledger is built
    Then there is a title finding between "<title>" and "<title>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"
    And its reasons mention "both give one post with one holder to someone"

    Examples:
      | title                     | holder         | other            | explained                                               |
      | Menteri Luar Negeri Mesir | Sameh Shoukry  | Hani Sewilam     | menteri luar negeri (Mesir), is given in one story to two people |
      | Menlu Yordania            | Ayman Safadi   | Bisher Khasawneh | Ayman Safadi ('Menlu Yordania', in 1 article of the story) |
      | Perdana Menteri Kosovo    | Albin Kurti    | Besnik Bislimi   | one of the sources gives the post to the wrong person    |
      | Menteri Luar Negeri Rusia | Sergei Lavrov  | Sergei Ryabkov   | Sergei Ryabkov                                           |

  Scenario: One article that gives one post to two people contradicts itself
    Given an article "a.txt" that says "Presiden Nigeria Bola Tinubu memimpin KTT di Abuja. Delegasi yang dipimpin Presiden Nigeria Abdulsalami Abubakar tiba di Niamey pada hari Kamis."
    When the ledger is built
    Then there is a title finding between "Presiden Nigeria" and "Presiden Nigeria"
    And its verdict is "contradiction"
    And its explanation mentions "Abdulsalami Abubakar"

  Scenario Outline: Two holders of a post that is not given wrongly are not a contradiction
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<sentence b>"
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

    Examples:
      | sentence a                                                                   | sentence b                                                                                    |
      | Mantan Menteri Luar Negeri Mesir Sameh Shoukry tiba di Kairo pada hari Senin. | Menteri Luar Negeri Mesir Badr Abdelatty membuka pertemuan di Kairo pada hari Senin.          |
      | Menteri Luar Negeri Mesir Sameh Shoukry tiba di Kairo pada hari Senin.        | Badr Abdelatty, yang menggantikan Sameh Shoukry, membuka pertemuan di Kairo. Menteri Luar Negeri Mesir Badr Abdelatty berbicara. |
      | Menteri Luar Negeri Argentina Santiago Cafiero tiba di Brussel pada hari Senin. | Diana Mondino, yang akan menjabat Menteri Luar Negeri Argentina, tiba di Brussel. Menteri Luar Negeri Argentina Diana Mondino berbicara. |
      | Menteri Luar Negeri AS Antony Blinken tiba di Wina pada hari Senin.            | Kesepakatan itu dirundingkan Menteri Luar Negeri AS John Kerry kala itu di Wina.               |
      | Wakil Menteri Luar Negeri AS Wendy Sherman tiba di Jenewa pada hari Senin.     | Wakil Menteri Luar Negeri AS Bonnie Jenkins tiba di Jenewa pada hari Senin.                    |
      | Duta Besar AS untuk PBB Linda Thomas-Greenfield tiba di New York.              | Duta Besar AS untuk PBB Richard Mills berbicara di New York pada hari Senin.                   |
      | Menteri Luar Negeri Mesir Sameh Shoukry tiba di Kairo pada hari Senin.        | Menteri Luar Negeri Yordania Ayman Safadi tiba di Kairo pada hari Senin.                       |
      | Menteri Luar Negeri Sameh Shoukry tiba di Kairo pada hari Senin.              | Menteri Luar Negeri Mesir Badr Abdelatty tiba di Kairo pada hari Senin.                        |
      | Menteri Pertahanan Mesir Mohamed Zaki tiba di Kairo pada hari Senin.          | Menteri Luar Negeri Mesir Sameh Shoukry tiba di Kairo pada hari Senin.                         |
      | Plt. Menteri Luar Negeri Mesir Hamdi Loza tiba di Kairo pada hari Senin.      | Menteri Luar Negeri Mesir Sameh Shoukry tiba di Kairo pada hari Senin.                         |
      | Menteri Energi Ukraina Herman Halushchenko tiba di Wina pada hari Senin.      | Menteri Energi Ukraina German Galushchenko tiba di Wina pada hari Senin.                       |
      | Menteri Keuangan Mesir Hani Sewilam tiba di Kairo pada hari Senin.            | Menteri Keuangan Mesir Hany Swailem tiba di Kairo pada hari Senin.                             |
      | Wakil Presiden Iran Eshaq Jahangiri tiba di Jenewa pada hari Senin.           | Wakil Presiden Iran Masoumeh Ebtekar tiba di Jenewa pada hari Senin.                           |
      | Perdana Menteri Ukraina Oleksandr Hrytsenko tiba di Wina pada hari Senin.      | Perdana Menteri Ukraina Aleksandr Gritsenko tiba di Wina pada hari Senin.                      |

  Scenario: A holder of the post named in a sentence about an earlier year is not compared
    Given an article "a.txt" published on 2023-05-10 that says "Menteri Luar Negeri AS Antony Blinken tiba di Wina pada hari Senin."
    And an article "b.txt" published on 2023-05-11 that says "Pada 2015 Menteri Luar Negeri AS John Kerry merundingkan kesepakatan itu di Wina."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

  Scenario Outline: More posts on ladders of their own: a deputy is another person than the principal
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person          | title a                                | title b                               | explained                                    |
      | Hamdan Dagalo   | Wakil Komandan RSF                     | Komandan RSF                          | rank 'wakil komandan' vs 'komandan'          |
      | Maria Lindqvist | Ketua Parlemen Swedia                  | Wakil Ketua Parlemen Swedia           | rank 'ketua' vs 'wakil ketua'                |
      | Volker Perthes  | Utusan Khusus PBB untuk Sudan          | Wakil Utusan Khusus PBB untuk Sudan   | rank 'utusan khusus' vs 'wakil utusan khusus' |
      | Jon Finer       | Wakil Penasihat Keamanan Nasional AS   | Penasihat Keamanan Nasional AS        | of the ladder 'penasihat keamanan nasional'  |
      | Robert Habeck   | Wakil Kanselir Jerman                  | Kanselir Jerman                       | rank 'wakil kanselir' vs 'kanselir'          |
      | Abdullah Thani  | Wakil Emir Qatar                       | Emir Qatar                            | rank 'wakil emir' vs 'emir'                  |
      | Agus Subiyanto  | Panglima TNI                           | Wakil Panglima TNI                    | rank 'panglima' vs 'wakil panglima'          |
      | Filippo Grandi  | Komisaris Tinggi PBB untuk Pengungsi   | Wakil Komisaris Tinggi PBB untuk Pengungsi | rank 'komisaris tinggi' vs 'wakil komisaris tinggi' |
      | Tomasz Nowak    | Wakil Kepala Pengamat                  | Kepala Pengamat Misi Pemantau Pemilu UE | rank 'wakil kepala' vs 'kepala'            |
      | Budi Santoso    | Wakasad                                | KSAD                                  | rank 'wakil kepala' vs 'kepala'              |
      | Ulla Berg       | Wakil Tetap Swedia untuk PBB           | Menteri Luar Negeri Swedia            | of Swedia are posts one person does not hold at once |

  Scenario Outline: A chair of a delegation or a meeting, an envoy, a bare commander or a king is not set against a post
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person        | title a                               | title b                            |
      | Kim Myong Gil | Ketua delegasi Korea Utara            | Wakil Ketua delegasi Korea Utara   |
      | Jean Ndongo   | Ketua KTM-14                          | Menteri Perdagangan Kamerun        |
      | Robert Malley | Utusan Khusus AS untuk Iran           | Duta Besar AS untuk PBB            |
      | John Kerry    | Utusan Khusus Presiden AS untuk Iklim | Menteri Luar Negeri AS             |
      | Tim Hawkins   | Komandan                              | Wakil Komandan Armada AS           |
      | Omar Touray   | Ketua Komisi ECOWAS                   | Presiden Komisi ECOWAS             |
      | Abdullah Saleh | Raja Yordania                        | Raja Arab Saudi                    |

  Scenario Outline: Abbreviations and other words of the same post are variants
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "variant"
    And its explanation mentions "<read as>"

    Examples:
      | person          | title a                                | title b                                   | read as                                      |
      | Budi Sadikin    | Menkes                                 | Menteri Kesehatan                         | Menkes = menteri kesehatan                   |
      | Arifin Tasrif   | Menteri ESDM                           | Menteri Energi dan Sumber Daya Mineral    | ESDM = energi dan sumber daya mineral        |
      | Dudung Abdurachman | KSAD                                | Kepala Staf Angkatan Darat                | KSAD = kepala staf angkatan darat            |
      | Listyo Prabowo  | Kapolri                                | Kepala Polri                              | Kapolri = kepala polri                       |
      | Azwar Mahmud    | Sekda                                  | Sekretaris Daerah                         | Sekda = sekretaris daerah                    |
      | Nicke Widyawati | Dirut                                  | Direktur Utama                            | Dirut = direktur utama                       |
      | Somsak Phomma   | CEO Sekretariat MRC                    | Kepala Eksekutif Sekretariat MRC          | CEO = kepala eksekutif                       |
      | Stephen Biegun  | Perwakilan Khusus AS untuk Korea Utara | Utusan Khusus AS untuk Korea Utara        | Perwakilan Khusus = utusan khusus            |
      | Arrmanatha Nasir | Wakil Tetap RI untuk PBB              | Duta Besar RI untuk PBB                   | Wakil Tetap = duta besar                     |
      | Dante Saksono   | Wamenkes                               | Wakil Menteri Kesehatan                   | Wamenkes = wakil menteri kesehatan           |

  Scenario: A ministry named with "dan" is one office, and its deputy another rung
    Given an article "a.txt" that says "Menteri Lingkungan Hidup dan Kehutanan Alue Nugroho tiba di Dubai."
    And an article "b.txt" that says "Wakil Menteri LHK Alue Nugroho membuka paviliun di Dubai pada hari Senin."
    When the ledger is built
    Then there is a title finding between "Menteri Lingkungan Hidup dan Kehutanan" and "Wakil Menteri LHK"
    And its verdict is "contradiction"
    And its explanation mentions "rank 'menteri' vs 'wakil menteri'"

  Scenario: Two titles joined by "dan" before a name: the name's title is the second
    Given an article "a.txt" that says "Rapat dihadiri Menteri Pertanian dan Wakil Menteri Perdagangan Jerry Sambuaga di Jakarta."
    And an article "b.txt" that says "Wakil Menteri Perdagangan Jerry Sambuaga membuka rapat di Jakarta pada hari Senin."
    When the ledger is built
    Then the article "a.txt" has a title claim "Wakil Menteri Perdagangan" about "Jerry Sambuaga"
    And there is no title finding with the verdict "contradiction"

  Scenario: The chancellor and the vice-chancellor of one country are two people, rightly
    Given an article "a.txt" that says "Kanselir Jerman Olaf Scholz tiba di Brussel pada hari Senin."
    And an article "b.txt" that says "Wakil Kanselir Jerman Robert Habeck tiba di Brussel pada hari Senin."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

  Scenario Outline: The deputy of any office is another person than its head, whether or not a ladder lists the deputy
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | person         | title a                              | title b                        | explained                                                  |
      | Lars Ekberg    | Wakil Direktur Pelaksana IMF         | Direktur Pelaksana IMF         | 'wakil direktur pelaksana' is the deputy of 'direktur pelaksana' |
      | Lars Ekberg    | Deputi Direktur Pelaksana Bank Dunia | Direktur Pelaksana Bank Dunia  | Deputi = wakil                                             |
      | Ana Quintero   | Wakil Sekretaris Eksekutif UNFCCC    | Sekretaris Eksekutif UNFCCC    | 'wakil sekretaris' is the deputy of 'sekretaris'           |
      | Ana Quintero   | Wakil Administrator USAID            | Administrator USAID            | 'wakil administrator' is the deputy of 'administrator'     |
      | Ana Quintero   | Wakil Administrator USAID            | Administrator                  | another person holds each post                             |
      | Pham Van Minh  | Wakil Perdana Menteri                | Perdana Menteri Vietnam        | 'wakil perdana menteri' is the deputy of 'perdana menteri' |

  Scenario Outline: A deputy and a head of other offices, of an office unnamed where it needs one, or a former head, are not compared
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person       | title a                           | title b                          |
      | Ana Quintero | Wakil Sekretaris Eksekutif UNFCCC | Sekretaris                       |
      | Ana Quintero | Wakil Administrator USAID         | Administrator NASA               |
      | Ana Quintero | Wakil Ketua Parlemen Swedia       | Ketua Komisi Pemilu Swedia       |
      | Lars Ekberg  | Wakil Direktur Pelaksana IMF      | Direktur Pelaksana Bank Dunia    |
      | Lars Ekberg  | Wakil Direktur Pelaksana IMF      | mantan Direktur Pelaksana IMF    |

  Scenario: The deputy and the head of one office named as two people are not a contradiction
    Given an article "a.txt" that says "Wakil Administrator USAID Ana Quintero tiba di Jenewa pada hari Senin."
    And an article "b.txt" that says "Administrator USAID Samantha Power membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

  Scenario Outline: An ambassador and a minister of one country the data does not know, or both named by rank alone, are a contradiction
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | said a                                                                                            | title a                          | said b                                                                          | title b                     | explained                |
      | Duta Besar Abkhazia untuk Rumania Ion Ceban tiba di Jenewa untuk pembicaraan itu. Ia lahir di Abkhazia. | Duta Besar Abkhazia untuk Rumania | Menteri Luar Negeri Abkhazia Ion Ceban membuka pembicaraan di Jenewa pada hari Senin. | Menteri Luar Negeri Abkhazia | of abkhazia             |
      | Ketua sidang, Duta Besar Kenji Morita, tiba di Jenewa untuk pembicaraan itu.                      | Duta Besar                       | Ketua sidang, Menteri Kenji Morita, membuka pembicaraan di Jenewa pada hari Senin. | Menteri                     | the person's own country |

  Scenario Outline: An ambassador and a minister of two countries the data does not know, or one with an office and one bare, are not compared
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person     | title a                 | title b                     |
      | Ion Ceban  | Duta Besar Abkhazia untuk Rumania | Menteri Luar Negeri Transnistria untuk Eropa |
      | Ion Ceban  | Duta Besar              | Menteri Luar Negeri         |
      | Ion Ceban  | mantan Duta Besar       | Menteri                     |

  Scenario Outline: A title set off from the name by commas on both sides is the name's title
    Given an article "a.txt" that says "<title a>, <person>, tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"

    Examples:
      | person        | title a                                  | title b                             |
      | Ana Quintero  | Wakil Sekretaris Eksekutif UNFCCC        | Sekretaris Eksekutif UNFCCC         |
      | Lars Ekberg   | Juru Bicara Kementerian Luar Negeri Mesir | Juru Bicara Kementerian Luar Negeri Qatar |

  Scenario Outline: A comma that does not close an apposition leaves the name without that title
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "Sekretaris Eksekutif UNFCCC Ana Quintero membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

    Examples:
      | said a                                                                                          |
      | Pembicaraan itu dipimpin Wakil Sekretaris Eksekutif UNFCCC, Ana Quintero tiba kemudian.          |
      | Sebagai mantan Wakil Sekretaris Eksekutif UNFCCC, Ana Quintero, tiba di Jenewa untuk pembicaraan. |

  Scenario Outline: A person known by one name holds the title right before it
    Given an article "a.txt" that says "<title a> <person> tiba di Beijing untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Beijing pada hari Senin."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "<verdict>"

    Examples:
      | person     | title a                     | title b                           | verdict       |
      | Sugiono    | Menlu                       | Wamenlu                           | contradiction |
      | Sugiono    | Menlu                       | Menteri Luar Negeri               | variant       |
      | Suharyanto | Kepala BNPB                 | Wakil Kepala BNPB                 | contradiction |

  Scenario Outline: A lone capitalised word after a title that continues it, or names a country, is nobody's one name
    Given an article "a.txt" that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no title claim

    Examples:
      | sentence                                                                  |
      | Menteri Pertambangan dan Energi Brasil mengumumkan rencana itu.          |
      | Menteri Luar Negeri Slovakia, menurut para diplomat, tidak hadir.        |
      | Panglima Tentera Laut Diraja Malaysia hadir dalam upacara itu.           |
      | Utusan khusus Swedia untuk Semenanjung Korea tiba di Seoul.              |
      | Menteri Luar Negeri mengatakan hal itu kepada wartawan.                  |
      | Kepala Badan Nasional Penanggulangan Bencana (BNPB) meninjau lokasi.     |
      | Gubernur Bank Sentral Eropa mengumumkan kenaikan suku bunga.             |

  Scenario Outline: An office given right after the name by "selaku" or "yang juga" is the name's title
    Given an article "a.txt" that says "Budi Santoso <role a> tiba di Beijing untuk pembicaraan itu."
    And an article "b.txt" that says "Budi Santoso <role b> tiba di Beijing pada hari Senin untuk pembicaraan itu."
    When the ledger is built
    Then there is a title finding between "<title a>" and "<title b>"
    And its verdict is "contradiction"

    Examples:
      | role a                          | role b                                | title a             | title b                   |
      | selaku Menteri Luar Negeri      | selaku Wakil Menteri Luar Negeri      | Menteri Luar Negeri | Wakil Menteri Luar Negeri |
      | yang juga Menteri Luar Negeri   | yang juga Wakil Menteri Luar Negeri   | Menteri Luar Negeri | Wakil Menteri Luar Negeri |

  Scenario Outline: A role word before words that are no office gives no title
    Given an article "a.txt" that says "Budi Santoso <role> tiba di Beijing untuk pembicaraan itu."
    When the ledger is built
    Then the article "a.txt" has no title claim

    Examples:
      | role                         |
      | selaku tuan rumah            |
      | yang juga hadir              |
      | yang kini berusia 60 tahun   |

  Scenario: The cabinet secretary and the deputy are two rungs of one office
    Given an article "a.txt" that says "Sekretaris Kabinet Teddy Indra Wijaya membacakan pengumuman itu di Istana Merdeka."
    And an article "b.txt" that says "Wakil Sekretaris Kabinet Teddy Indra Wijaya membacakan pengumuman tersebut di Istana Merdeka."
    When the ledger is built
    Then there is a title finding between "Sekretaris Kabinet" and "Wakil Sekretaris Kabinet"
    And its verdict is "contradiction"
