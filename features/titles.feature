@titles
Feature: The office a person holds (rule title-rank)
  A title is read from an apposition before a name ("Wakil Menteri Luar Negeri
  AS Wendy Sherman") or from "yang ... sebagai <title>" after it. Abbreviations
  and synonyms are read first (Menlu, Wamenlu, Dubes, Jubir, Sekjen, Wapres, PM,
  Kemlu; Deputi = Wakil; data/id/titles.yaml), then the title becomes a rung on a
  ladder of office (menteri > wakil menteri; presiden > wakil presiden; duta
  besar; ...), an office, a country and a portfolio.

  Precision first. A contradiction needs both titles to be about now, in one
  story, and complete (a rank and an office or a country), on ladders whose
  posts one person holds one at a time, with the same office at a different
  rung, or the same office of another country. Two different offices are not a
  contradiction: one person may hold both ("Perdana Menteri sekaligus Menteri
  Luar Negeri"). The same post with its office or portfolio worded differently,
  abbreviated, named by a synonym, or with words or its whole portfolio dropped,
  is a variant; a title that only leaves out the country is consistent. A former or future
  post (mantan, eks, calon, terpilih, "yang akan menjabat") is not compared; an
  acting post (Plt.) is a variant of the post itself. Aides (pembantu, penasihat,
  ajudan, staf, asisten) are wordings of one role, not ranks. Titles of different
  people are never compared.

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

  Scenario Outline: Two different offices for one person are not a contradiction
    Given an article "a.txt" that says "<title a> <person> tiba di Jenewa untuk pembicaraan itu."
    And an article "b.txt" that says "<title b> <person> membuka pembicaraan di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person          | title a                   | title b                                   |
      | Sergey Lavrov   | Menteri Luar Negeri Rusia | Menteri Pertahanan Rusia                  |
      | Anatoly Antonov | Duta Besar Rusia untuk AS | Menteri Luar Negeri Rusia                 |
      | Dmitry Peskov   | juru bicara Kremlin       | juru bicara Kementerian Luar Negeri Rusia |
      | Mohammed Al Thani | Perdana Menteri Qatar   | Menteri Luar Negeri Qatar                 |

  Scenario Outline: An underspecified or unreadable title is compared with nothing it might contradict
    Given an article "a.txt" that says "<sentence a>"
    And an article "b.txt" that says "<title b> <person> tiba di Jenewa pada hari Senin."
    When the ledger is built
    Then the titles "<title a>" and "<title b>" of "<person>" are not compared

    Examples:
      | person         | sentence a                                                                       | title a                           | title b                         |
      | Sergei Ryabkov | Menteri Sergei Ryabkov tiba di Jenewa.                                           | Menteri                           | Wakil Menteri Luar Negeri Rusia |
      | Kamala Harris  | Wakil Presiden Kamala Harris tiba di Jenewa.                                     | Wakil Presiden                    | Presiden AS                     |
      | Sergei Ryabkov | Sergei Ryabkov, yang dikukuhkan sebagai Wakil Menteri Luar Negeri Lesotho, tiba. | Wakil Menteri Luar Negeri Lesotho | Wakil Menteri Luar Negeri Rusia |
      | Yuri Ushakov   | Pembantu Kremlin Yuri Ushakov tiba di Jenewa.                                    | Pembantu Kremlin                  | Menteri Luar Negeri Rusia       |

  Scenario Outline: A description is not an office
    Given an article "a.txt" that says "<description> Anthony Blinken tiba di Reykjavik."
    And an article "b.txt" that says "Menteri Luar Negeri AS Anthony Blinken tiba di Reykjavik pada hari Rabu."
    When the ledger is built
    Then the article "a.txt" has no title claim

    Examples:
      | description          |
      | Diplomat senior      |
      | Pejabat senior AS    |
      | Diplomat top AS      |

  Scenario: Titles that agree are never contradictions
    Given an article "a.txt" that says "Wakil Menteri Luar Negeri AS Wendy Sherman dan Wakil Menteri Luar Negeri Rusia Sergei Ryabkov memulai pembicaraan."
    And an article "b.txt" that says "Wakil Menteri Luar Negeri Rusia Sergey Ryabkov dan Wakil Menteri Luar Negeri AS Wendy Sherman membuka pembicaraan di Jenewa."
    When the ledger is built
    Then there is no title finding with the verdict "contradiction"

  Scenario: Titles of different people are never compared
    Given an article "a.txt" that says "Wakil Menteri Luar Negeri AS Wendy Sherman memimpin delegasi."
    And an article "b.txt" that says "Menteri Luar Negeri AS Antony Blinken memimpin delegasi di Reykjavik."
    When the ledger is built
    Then there is no title finding involving "Wakil Menteri Luar Negeri AS"

  Scenario Outline: Titles in two stories contradict each other only when the articles are close in time
    Given an article "a.txt" published on 2023-05-06 that says "Washington mengirim Asisten Menteri Luar Negeri AS untuk Urusan Afrika Molly Phee ke Jeddah untuk perundingan."
    And an article "b.txt" published on <date> that says "Gencatan senjata ditandatangani di Jeddah; Wakil Menteri Luar Negeri AS untuk Urusan Afrika Molly Phee hadir sebagai saksi bersama utusan Saudi."
    When the ledger is built
    Then "a.txt" and "b.txt" are two stories
    And <outcome>

    Examples:
      | date       | outcome                                                                                                    |
      | 2023-05-21 | there is a title finding between "Asisten Menteri Luar Negeri AS untuk Urusan Afrika" and "Wakil Menteri Luar Negeri AS untuk Urusan Afrika" |
      | 2023-09-21 | there is no title finding with the verdict "contradiction"                                                 |

  Scenario: An office the lexicon does not know still makes a title, and its head has one deputy
    Given an article "a.txt" that says "Kepala Sekretariat JETP Indonesia Edo Mahendra mengatakan dana itu sudah dikucurkan."
    And an article "b.txt" that says "Wakil Kepala Sekretariat JETP Edo Mahendra mengatakan dana itu sudah dikucurkan sebagian."
    When the ledger is built
    Then there is a title finding between "Kepala Sekretariat JETP Indonesia" and "Wakil Kepala Sekretariat JETP"
    And its verdict is "contradiction"

  Scenario: The head of a delegation is a role, not a post held one at a time
    Given an article "a.txt" that says "Kepala delegasi Indonesia Arif Havas Oegroseno tiba di Jenewa."
    And an article "b.txt" that says "Wakil Kepala delegasi Indonesia Arif Havas Oegroseno tiba di Jenewa pada Senin."
    When the ledger is built
    Then there is no title finding between "Kepala delegasi Indonesia" and "Wakil Kepala delegasi Indonesia"

  Scenario: A title does not reach back across another person's name
    Given an article "a.txt" that says "Presiden Rusia Vladimir Putin dan Presiden Amerika Serikat Joe Biden berbicara lewat telepon."
    And an article "b.txt" that says "Presiden Amerika Serikat Joe Biden memperingatkan Presiden Rusia Vladimir Putin."
    When the ledger is built
    Then there is no title finding between "Presiden Rusia Vladimir Putin dan Presiden Amerika Serikat" and "Presiden Amerika Serikat"

  Scenario: Capitalised words of an office are not a person whose titles could clash
    Given an article "a.txt" that says "Menteri Sumber Daya Air Kamboja Chea Sovann berbicara dengan Wakil Menteri Sumber Daya Air China Zhang Wei. Pasokan air dan sumber daya lain ikut dibahas."
    And an article "b.txt" that says "Menteri Sumber Daya Air Kamboja Chea Sovann tiba di Phnom Penh."
    When the ledger is built
    Then the article "a.txt" has a title claim "Wakil Menteri Sumber Daya Air China" about "Zhang Wei"
    And there is no title finding between "Menteri Sumber" and "Wakil Menteri Sumber"

