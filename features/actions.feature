@actions
Feature: What a subject did to an object (rule action-verb)
  An action is a known verb (data/id/verbs.yaml) with its subject right before it
  and its object just after it: "Rusia, yang telah memperluas perjanjian START
  Baru". The claim's subject carries both ("Rusia → START Baru"), so two actions
  are compared only when they are about the same subject and the same object.
  The object must be one the verb takes, recognised: a known treaty or project, a
  name after a head word ("traktat INF"), or "perjanjian itu" when the article
  named exactly one treaty before. "Kedua negara" is the pair the article names,
  only when it names one pair. Anything not recognised gives no claim.

  Verbs are compared through the relations the data lists: contrasting verbs are
  a contradiction, verbs of the same meaning are consistent, and a pair the data
  knows nothing about is not a finding. Negation ("tidak", "menolak") and
  modality ("akan", "berencana") are read: a denied deed against the same deed
  affirmed is a contradiction; a plan is never compared with a deed, and two
  plans are compared like two deeds. A decision ("sepakat", "memutuskan",
  "keputusan Rusia menangguhkan") is what was done and what is to be done: it is
  compared with a deed, a plan and another decision.

  Scenario Outline: Two versions say what Russia did to New START
    Given an article "a.txt" that says "Pemerintahan Biden bekerja sama dengan Rusia, yang telah <verb a> perjanjian START Baru."
    And an article "b.txt" that says "Pemerintahan Biden bersedia bekerja dengan Rusia, yang telah <verb b> perjanjian START Baru tentang senjata nuklir."
    When the ledger is built
    Then there is a action finding between "<verb a>" and "<verb b>"
    And its verdict is "<verdict>"
    And its explanation mentions "<explained>"

    Examples:
      | verb a            | verb b        | verdict       | explained           |
      | memperluas        | memperpanjang | contradiction | contrasting meaning |
      | memperbarui       | memperluas    | contradiction | contrasting meaning |
      | menarik diri dari | memperpanjang | contradiction | contrasting meaning |
      | mengakhiri        | memperpanjang | contradiction | contrasting meaning |
      | memperpanjang     | memperbarui   | consistent    | mean the same       |
      | keluar dari       | menarik diri dari | consistent | mean the same      |
      | membekukan        | menangguhkan  | consistent    | mean the same       |
      | menangguhkan      | mengakhiri    | contradiction | contrasting meaning |
      | menangguhkan      | menarik diri dari | contradiction | contrasting meaning |

  Scenario Outline: Verbs the data knows nothing about are not a finding
    Given an article "a.txt" that says "Pemerintahan Biden bekerja sama dengan Rusia, yang telah <verb a> perjanjian START Baru."
    And an article "b.txt" that says "Pemerintahan Biden bersedia bekerja dengan Rusia, yang telah <verb b> perjanjian START Baru tentang senjata nuklir."
    When the ledger is built
    Then there is no action finding involving "<verb b>"

    Examples:
      | verb a         | verb b         |
      | memperluas     | membatalkan    |
      | menandatangani | meratifikasi   |

  Scenario Outline: A denied deed against the same deed affirmed is a contradiction
    Given an article "a.txt" that says "Rusia <said a> perjanjian START Baru tentang pengurangan senjata nuklir, kata para pejabat."
    And an article "b.txt" that says "Rusia <said b> perjanjian START Baru tentang pengurangan senjata nuklir, kata pejabat itu."
    When the ledger is built
    Then there is a action finding between "<verb a>" in "a" and "<verb b>" in "b"
    And its verdict is "contradiction"
    And its explanation mentions "<explained>"

    Examples:
      | said a                   | verb a        | said b                  | verb b        | explained                   |
      | tidak memperpanjang      | memperpanjang | telah memperpanjang     | memperpanjang | (tidak: negative deed)      |
      | menolak memperpanjang    | memperpanjang | memperbarui             | memperbarui   | (menolak: negative deed)    |
      | tidak akan memperpanjang | memperpanjang | akan memperpanjang      | memperpanjang | (tidak akan: negative plan) |

  Scenario Outline: A plan is not a deed, and a denial says nothing of another verb
    Given an article "a.txt" that says "Rusia <said a> perjanjian START Baru tentang pengurangan senjata nuklir, kata para pejabat."
    And an article "b.txt" that says "Rusia <said b> perjanjian START Baru tentang pengurangan senjata nuklir, kata pejabat itu."
    When the ledger is built
    Then there is no action finding involving "<verb b>"

    Examples:
      | said a                  | said b                   | verb b        |
      | akan memperpanjang      | telah memperluas         | memperluas    |
      | berencana memperluas    | memperpanjang            | memperpanjang |
      | mengusulkan untuk memperpanjang | tidak memperpanjang | memperpanjang |
      | tidak memperpanjang     | memperluas               | memperluas    |

  Scenario: Two plans for one agreement with contrasting verbs contradict each other
    Given an article "a.txt" that says "Rusia akan memperpanjang perjanjian START Baru tentang pengurangan senjata nuklir, kata para pejabat."
    And an article "b.txt" that says "Rusia berencana memperluas perjanjian START Baru tentang pengurangan senjata nuklir, kata pejabat itu."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: Actions on different objects are never compared
    Given an article "a.txt" that says "Rusia telah memperluas perjanjian START Baru, kata para pejabat."
    And an article "b.txt" that says "Rusia telah memperpanjang proyek Nord Stream 2, kata para pejabat itu kemarin."
    When the ledger is built
    Then there is no action finding involving "memperpanjang"

  Scenario: Two treaties, one named only after a head word, are two objects
    Given an article "a.txt" that says "AS menarik diri dari traktat INF yang ditandatangani dengan Rusia, kata para pejabat."
    And an article "b.txt" that says "Di Jenewa, AS dan Rusia memperpanjang perjanjian New START, kata para pejabat."
    When the ledger is built
    Then the claim "menarik diri dari" in "a.txt" is the action "AS → INF"
    And the claim "memperpanjang" in "b.txt" is the action "AS + Rusia → START Baru"
    And there is no action finding involving "memperpanjang"

  Scenario: "Kedua negara" is the pair the article names, and is compared as that pair
    Given an article "a.txt" that says "Diplomat AS dan Rusia bertemu di Jenewa. Kedua negara memperpanjang perjanjian START Baru."
    And an article "b.txt" that says "Diplomat AS dan Rusia bertemu di Jenewa pada hari Senin. Kedua negara memperluas perjanjian START Baru."
    When the ledger is built
    Then the claim "memperpanjang" in "a.txt" is the action "AS + Rusia → START Baru"
    And there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: "Kedua negara" after three countries is nobody: the deed has no named agent
    Given an article "a.txt" that says "AS, Rusia dan China bertemu di Jenewa. Kedua negara memperpanjang perjanjian START Baru."
    When the ledger is built
    Then the claim "memperpanjang" in "a.txt" is the action "(agent not named) → START Baru"

  Scenario: A deed with no named agent is compared with the same object's deed by anyone
    Given an article "a.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Pada Februari lalu, kedua pihak memperluas perjanjian START Baru."
    And an article "b.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Rusia telah memperpanjang perjanjian START Baru pada Februari."
    When the ledger is built
    Then there is a action finding between "memperluas" and "memperpanjang"
    And its verdict is "contradiction"

  Scenario: Two sources naming different parties for one agreement's fate lower the confidence
    Given an article "a.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. AS telah memperluas perjanjian START Baru."
    And an article "b.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Rusia telah memperpanjang perjanjian START Baru."
    When the ledger is built
    Then there is a action finding between "memperluas" and "memperpanjang"
    And its verdict is "contradiction"
    And its confidence is between 0.5 and 0.6
    And its reasons mention "different parties"

  Scenario: The same agreement named by its description in two sources
    Given an article "a.txt" that says "Kedua pemimpin di Sydney sepakat memperpanjang nota kesepahaman kerja sama maritim, kata pejabat."
    And an article "b.txt" that says "Kedua pemimpin di Sydney sepakat memperluas nota kesepahaman kerja sama maritim, kata pejabat itu."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: Agreements described differently are different objects
    Given an article "a.txt" that says "Kedua pemimpin di Sydney sepakat memperpanjang nota kesepahaman kerja sama maritim, kata pejabat."
    And an article "b.txt" that says "Kedua pemimpin di Sydney sepakat memperluas nota kesepahaman kerja sama pendidikan, kata pejabat itu."
    When the ledger is built
    Then there is no action finding involving "memperluas"

  Scenario Outline: "Perjanjian itu" is the one treaty the article named before, or nothing
    Given an article "a.txt" that says "<before> Rusia memperpanjang perjanjian itu, kata pejabat."
    And an article "b.txt" that says "Perjanjian START Baru dibahas di Jenewa. Rusia memperluas perjanjian START Baru, kata pejabat."
    When the ledger is built
    Then <outcome>

    Examples:
      | before                                                         | outcome                                                                  |
      | Perjanjian START Baru dibahas di Jenewa.                       | the claim "memperpanjang" in "a.txt" is the action "Rusia → START Baru" |
      | Perjanjian START Baru dan traktat INF dibahas di Jenewa.       | the article "a.txt" has no action claim                                  |
      | Para diplomat bertemu di Jenewa.                               | the article "a.txt" has no action claim                                  |

  Scenario: A passive verb takes its object before it and its agent after it
    Given an article "a.txt" that says "Perjanjian START Baru telah diperpanjang oleh Rusia, kata para pejabat."
    And an article "b.txt" that says "Rusia telah memperluas perjanjian START Baru, kata para pejabat itu."
    When the ledger is built
    Then the claim "diperpanjang" in "a.txt" is the action "Rusia → START Baru"
    And there is a action finding between "diperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario Outline: A condition, a question or a denial is no claim
    Given an article "a.txt" that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no action claim

    Examples:
      | sentence                                                                 |
      | Jika Rusia memperpanjang perjanjian START Baru, pembicaraan akan dimulai. |
      | Jika AS meminta Rusia memperpanjang perjanjian START Baru, Rusia setuju.  |
      | AS meminta Rusia tidak memperpanjang perjanjian START Baru.              |
      | Para diplomat bertanya apakah Rusia memperluas perjanjian START Baru.    |
      | Rusia membantah memperluas perjanjian START Baru.                        |

  Scenario: Two versions of one maker's demand with contrasting verbs contradict each other
    Given an article "a.txt" that says "Resolusi tersebut meminta Rusia memperpanjang perjanjian START Baru."
    And an article "b.txt" that says "Resolusi itu juga meminta Rusia memperluas perjanjian START Baru."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario Outline: A demand is never compared with a deed, nor with another maker's demand
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then the action claims "memperpanjang" and "memperluas" are never compared

    Examples:
      | said a                                                    | said b                                                  |
      | AS mendesak Rusia memperpanjang perjanjian START Baru.    | Rusia telah memperluas perjanjian START Baru.           |
      | AS mendesak Rusia memperpanjang perjanjian START Baru.    | China mendesak Rusia memperluas perjanjian START Baru.  |

  Scenario: Deeds of different years are not compared
    Given an article "a.txt" that says "Rusia memperpanjang perjanjian START Baru pada 2021, kata para pejabat."
    And an article "b.txt" that says "Rusia tidak memperpanjang perjanjian START Baru pada 2026, kata para pejabat."
    When the ledger is built
    Then there is no action finding between "memperpanjang" and "memperpanjang"
    And the claim "memperpanjang" in "b.txt" is the action "Rusia → START Baru"

  Scenario: A ceasefire is the one the story is about
    Given an article "a.txt" that says "Militer dan RSF di Jeddah sepakat memperpanjang gencatan senjata kemanusiaan selama lima hari, kata mediator."
    And an article "b.txt" that says "Militer dan RSF di Jeddah sepakat memperluas gencatan senjata itu lima hari lagi, kata mediator itu."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: An agreement named with its parties is the agreement named without them
    Given an article "a.txt" that says "Pejabat di Washington mengatakan kedua negara telah memperpanjang perjanjian sains dan teknologi selama enam bulan."
    And an article "b.txt" that says "Pejabat di Washington mengatakan kedua negara telah memperluas Perjanjian Sains dan Teknologi AS-China selama enam bulan."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: A description in apposition to a treaty's name is that treaty
    Given an article "a.txt" that says "Pejabat di Jenewa mengatakan kedua negara memperpanjang traktat New START selama lima tahun pada Februari."
    And an article "b.txt" that says "Pejabat di Jenewa mengatakan kedua negara masih terikat New START, traktat pembatasan senjata nuklir strategis yang diperluas selama lima tahun pada Februari."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "diperluas"
    And its verdict is "contradiction"

  Scenario: "Kerja sama" is filler in an agreement's name
    Given an article "a.txt" that says "Pejabat di Washington mengatakan kedua negara memperpanjang Perjanjian Sains dan Teknologi AS-China selama enam bulan."
    And an article "b.txt" that says "Pejabat di Washington mengatakan kedua negara memperluas perjanjian kerja sama sains dan teknologi selama enam bulan."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: Agreements described alike but with different partners are different objects
    Given an article "a.txt" that says "Di KTT Mercosur di Rio, blok itu menandatangani perjanjian perdagangan bebas dengan Singapura, kata pejabat."
    And an article "b.txt" that says "Di KTT Mercosur di Rio, blok itu batal menandatangani perjanjian perdagangan bebas dengan Uni Eropa, kata pejabat itu."
    When the ledger is built
    Then there is no action finding involving "menandatangani"

  Scenario: The capitalised name of an agreement is the agreement's, not a person's
    Given an article "a.txt" that says "Pada Mei, kedua negara memperpanjang Perjanjian Kerja Sama Energi dan Iklim Jerman-Kanada selama dua tahun."
    And an article "b.txt" that says "Pada Mei, kedua negara memperluas Perjanjian Kerja Sama Energi dan Iklim Jerman-Kanada selama dua tahun, sembari merundingkan isinya."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: A mandate is extended or expanded like an agreement, and named by the institution that holds it
    Given an article "a.txt" that says "Pada Juli, Dewan Keamanan memperpanjang mandat Misi Stabilisasi PBB di Mali selama satu tahun."
    And an article "b.txt" that says "Pada Juli, Dewan Keamanan memperluas mandat Misi Stabilisasi PBB di Mali, yang berfokus pada perlindungan warga sipil."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: Mandates of two institutions are never compared
    Given an article "a.txt" that says "Pada Juli, Dewan Keamanan memperpanjang mandat Misi Stabilisasi PBB di Mali selama satu tahun."
    And an article "b.txt" that says "Pada Juli, Dewan Keamanan memperluas mandat Pasukan Sementara PBB di Lebanon selama satu tahun."
    When the ledger is built
    Then there is no action finding involving "memperluas"


  Scenario Outline: A decision is compared with a deed, a plan and another decision
    Given an article "a.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. <said a> perjanjian START Baru pada Senin."
    And an article "b.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. <said b> perjanjian START Baru pada Senin itu."
    When the ledger is built
    Then there is a action finding between "<verb a>" and "<verb b>"
    And its verdict is "contradiction"

    Examples:
      | said a                                    | verb a        | said b                            | verb b        |
      | Kedua pihak sepakat memperpanjang         | memperpanjang | Rusia memperluas                  | memperluas    |
      | Para menteri memutuskan memperpanjang     | memperpanjang | Para menteri akan memperluas      | memperluas    |
      | Para menteri membahas rencana memperpanjang | memperpanjang | Kedua pihak sepakat memperluas  | memperluas    |
      | Kedua pihak sepakat memperpanjang         | memperpanjang | Kedua pihak tidak memperpanjang   | memperpanjang |

  Scenario: A plan discussed is still a plan, never compared with a deed
    Given an article "a.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Para menteri membahas rencana memperpanjang perjanjian START Baru."
    And an article "b.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Rusia telah memperluas perjanjian START Baru."
    When the ledger is built
    Then there is no action finding involving "memperluas"

  Scenario: What a decision noun says was decided is no demand
    Given an article "a.txt" that says "Di Jenewa, AS mendesak Moskow membatalkan keputusan Rusia menangguhkan partisipasinya dalam perjanjian START Baru."
    And an article "b.txt" that says "Di Jenewa, AS mendesak Moskow membatalkan keputusannya menarik diri dari perjanjian START Baru."
    When the ledger is built
    Then the claim "menangguhkan" in "a.txt" is the action "Rusia → START Baru"
    And there is a action finding between "menangguhkan" and "menarik diri dari"
    And its verdict is "contradiction"

  Scenario: A year that bounds a span does not date the deed
    Given an article "a.txt" that says "Pada 2024, kedua negara memperpanjang Perjanjian Sains dan Teknologi AS-China, kata pejabat di Washington."
    And an article "b.txt" that says "Kedua negara memperluas perjanjian sains dan teknologi yang berjalan sejak 1979, kata pejabat di Washington."
    When the ledger is built
    Then there is a action finding between "memperpanjang" and "memperluas"
    And its verdict is "contradiction"

  Scenario: A headline's capitals after a ceasefire are its length, not its name
    Given an article "a.txt" that says "Militer dan RSF Sepakat Perpanjang Gencatan Senjata Lima Hari"
    When the ledger is built
    Then the claim "Perpanjang" in "a.txt" is the action "(agent not named) → gencatan senjata"

  Scenario Outline: A contract, a commitment and a mechanism are named by their description and name
    Given an article "a.txt" that says "Dalam pertemuan di Jakarta, kedua negara <verb a> <object a>, kata pejabat."
    And an article "b.txt" that says "Dalam pertemuan di Jakarta, kedua negara <verb b> <object b>, kata pejabat itu."
    When the ledger is built
    Then <outcome>

    Examples:
      | verb a            | object a                                 | verb b            | object b                                 | outcome                                                        |
      | memperpanjang     | kontrak pengelolaan Terminal Merak       | memperluas        | kontrak pengelolaan Terminal Merak       | there is a action finding between "memperpanjang" and "memperluas" |
      | memperpanjang     | kontrak pengelolaan Terminal Merak       | memperluas        | kontrak pengelolaan Terminal Bakauheni   | there is no action finding involving "memperluas"              |
      | memperpanjang     | komitmen pendanaan iklim mereka          | memperluas        | komitmen pendanaan iklim mereka          | there is a action finding between "memperpanjang" and "memperluas" |
      | memperpanjang     | komitmen pendanaan iklim mereka          | memperluas        | komitmen bantuan pangan mereka           | there is no action finding involving "memperluas"              |
      | bergabung dengan  | mekanisme pemantauan banjir bersama      | menarik diri dari | mekanisme pemantauan banjir bersama      | there is a action finding between "bergabung dengan" and "menarik diri dari" |
      | bergabung dengan  | mekanisme pemantauan banjir bersama      | menarik diri dari | mekanisme pertukaran data cuaca          | there is no action finding involving "menarik diri dari"       |

  Scenario: "Tidak ada pihak yang" denies the deed
    Given an article "a.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. Namun, tidak ada pihak yang menandatangani perjanjian START Baru."
    And an article "b.txt" that says "Pembicaraan di Jenewa membahas senjata nuklir. AS dan Rusia menandatangani perjanjian START Baru."
    When the ledger is built
    Then there is a action finding between "menandatangani" in "a" and "menandatangani" in "b"
    And its verdict is "contradiction"
    And its explanation mentions "(tidak ada pihak yang: negative deed)"

  Scenario: An annex named with the agreement it belongs to is one object, and "dokumen itu" is that annex
    Given an article "a.txt" that says "Kedua menteri di Jenewa menyetujui lampiran teknis perjanjian perbatasan darat. Namun, kedua menteri tidak membubuhkan tanda tangan pada dokumen itu."
    And an article "b.txt" that says "Kedua menteri di Jenewa menandatangani lampiran teknis perjanjian perbatasan darat, kata pejabat."
    When the ledger is built
    Then the claim "membubuhkan tanda tangan" in "a.txt" is the action "(agent not named) → teknis perjanjian perbatasan darat"
    And there is a action finding between "membubuhkan tanda tangan" and "menandatangani"
    And its verdict is "contradiction"

  Scenario: "Dokumen apa pun" is no object
    Given an article "a.txt" that says "Menteri itu berkata ia tidak akan menandatangani dokumen apa pun di Jenewa."
    When the ledger is built
    Then the article "a.txt" has no action claim

  Scenario Outline: An occasion is named by its head word and is the occasion that word names, and one party's part in it is compared only with that party's
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then <outcome>

    Examples:
      | said a                                                              | said b                                                        | outcome                                                                     |
      | Sudan menghadiri pertemuan tingkat menteri di Kairo pada Senin (19/2/2024) secara daring. | Sudan menarik diri dari pertemuan tingkat menteri di Kairo pada Senin (19/2/2024). | there is a action finding between "menghadiri" and "menarik diri dari"       |
      | Mesir menunda pertemuan teknis di Addis Ababa pada Senin (5/2/2024). | Mesir membatalkan pertemuan tingkat menteri di Kairo pada Senin (19/2/2024). | there is no action finding involving "membatalkan"                      |
      | Di Kairo, Sudan ikut dalam pertemuan melalui tautan video.          | Di Kairo, Mesir menarik diri dari pertemuan itu, kata pejabat. | there is no action finding involving "menarik diri dari"                    |
      | Di Bali, Rusia menghadiri KTT ASEAN pada Minggu.                    | Di Bali, Rusia menarik diri dari KTT G20, kata pejabat.        | there is no action finding involving "menarik diri dari"                    |
      | Di Kairo, Sudan dijadwalkan mengikuti pertemuan tingkat menteri.    | Di Kairo, Sudan menarik diri dari pertemuan itu, kata pejabat. | there is no action finding involving "menarik diri dari"                    |

  Scenario Outline: A passive verb takes the object that opens the sentence when the words between close its phrase or join another predicate of it
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "Penandatanganan pakta dagang itu dibatalkan, kata pejabat di Jenewa."
    When the ledger is built
    Then there is a action finding between "ditunda" and "dibatalkan"
    And its verdict is "contradiction"

    Examples:
      | said a                                                                                                  |
      | Penandatanganan pakta yang dirundingkan di Jenewa sejak 2015 itu ditunda hingga tahun depan.            |
      | JENEWA - Penandatanganan perjanjian dagang kedua blok, yang sedianya dilakukan di Jenewa, ditunda.      |
      | Penandatanganan pakta itu semula dijadwalkan pada Senin di Jenewa, tetapi kemudian ditunda.             |

  Scenario Outline: A passive verb in a relative clause or after a new subject is not the sentence subject's
    Given an article "a.txt" that says "<sentence>"
    When the ledger is built
    Then the article "a.txt" has no action claim

    Examples:
      | sentence                                                                              |
      | Pertemuan itu membahas pakta yang disusun kedua blok dan kemudian dibatalkan.         |
      | Pertemuan di Jenewa membahas rencana dagang yang akhirnya ditunda.                    |

  Scenario Outline: A verb that applies to any object takes the noun phrase after it, and two wordings of one object meet
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then there is a action finding between "<verb a>" and "<verb b>"
    And its verdict is "contradiction"

    Examples:
      | said a                                                                                   | verb a        | said b                                                                              | verb b      |
      | Di Jenewa, Uni Eropa sepakat memperpanjang masa transisi aturan impor baja selama satu tahun. | memperpanjang | Di Jenewa, Uni Eropa sepakat memperluas masa transisi aturan impor baja hingga 2028.      | memperluas  |
      | Di Jenewa, otoritas pelabuhan memperpanjang masa berlaku kuota kapal hingga Juni.          | memperpanjang | Di Jenewa, otoritas pelabuhan memperluas kuota kapal hingga Juni.                     | memperluas  |
      | Di Jenewa, para menteri sepakat menunda pemilihan Direktur Jenderal baru hingga Mei.       | menunda       | Di Jenewa, para menteri sepakat membatalkan pemilihan Direktur Jenderal baru.          | membatalkan |
      | Di Jenewa, Mesir sepakat memperpanjang jeda kemanusiaan itu selama 48 jam.                 | memperpanjang | Di Jenewa, Mesir mengumumkan perluasan jeda kemanusiaan di Jalur Gaza selama 48 jam.   | perluasan   |
      | Di Jenewa, para pihak sepakat memperluas program bantuan pangan selama dua tahun.          | memperluas    | Di Jenewa, para pihak hanya menyepakati perpanjangan program bantuan pangan.           | perpanjangan |

  Scenario Outline: A phrase object is compared only with the same object, said of the deed or the decision
    Given an article "a.txt" that says "<said a>"
    And an article "b.txt" that says "<said b>"
    When the ledger is built
    Then there is no action finding with the verdict "contradiction"

    Examples:
      | said a                                                                        | said b                                                                      |
      | Di Jenewa, para menteri sepakat menunda pemilihan Direktur Jenderal baru.      | Di Jenewa, para menteri sepakat membatalkan pengesahan anggaran sekretariat. |
      | Di Jenewa, dewan memperpanjang pemantauan pelabuhan selama setahun.            | Di Jenewa, dewan memperluas kehadiran misinya di pelabuhan.                  |
      | Di Jenewa, dewan memperpanjang mandat misi PBB selama setahun.                 | Di Jenewa, dewan memperluas mandat misi Uni Afrika.                          |
      | Di Jenewa, Mesir sepakat memperpanjang jeda kemanusiaan selama 48 jam.         | Di Jenewa, Qatar meminta perluasan jeda kemanusiaan di Gaza.                 |
      | Di Jenewa, Mesir sepakat memperpanjang jeda kemanusiaan selama 48 jam.         | Di Jenewa, Mesir membahas perluasan jeda kemanusiaan di Gaza.                |
      | Di Jenewa, dewan memperpanjang program bantuan pangan selama setahun.          | Di Jenewa, dewan tidak memperluas program bantuan pangan.                    |
      | Di Jenewa, dewan memperpanjang program bantuan pangan selama setahun.          | Di Jenewa, dewan akan memperluas program bantuan pangan.                     |
      | Di Jenewa, dewan memperpanjang program bantuan pangan selama setahun.          | Di Jenewa, apakah dewan memperluas program bantuan pangan?                    |
      | Di Jenewa, dewan memperpanjang dan memperluas program bantuan pangan.          | Di Jenewa, dewan memperpanjang program bantuan pangan.                       |

  Scenario Outline: Which way a measure was moved: raised, cut or held
    Given an article "a.txt" published on 2026-03-20 that says "Bank Indonesia <verb a> suku bunga acuan dalam rapat dewan gubernur, Kamis (19/3)."
    And an article "b.txt" published on 2026-03-20 that says "Bank Indonesia <verb b> suku bunga acuan dalam rapat dewan gubernur pada Kamis (19/3)."
    When the ledger is built
    Then there is a action finding between "<verb a>" and "<verb b>"
    And its verdict is "<verdict>"

    Examples:
      | verb a          | verb b          | verdict       |
      | menaikkan       | mempertahankan  | contradiction |
      | memangkas       | menaikkan       | contradiction |
      | menahan         | memangkas       | contradiction |
      | memangkas       | menurunkan      | consistent    |

  Scenario Outline: A measure moved again on another day, or an earlier move, is another decision
    Given an article "a.txt" published on 2026-03-20 that says "Bank Indonesia mempertahankan suku bunga acuan dalam rapat dewan gubernur, Kamis (19/3)."
    And an article "b.txt" published on <published> that says "<said>"
    When the ledger is built
    Then the action claims "mempertahankan" and "menaikkan" are never compared

    Examples:
      | published  | said                                                                                   |
      | 2026-03-20 | Sebelumnya, Bank Indonesia menaikkan suku bunga acuan dalam rapat dewan gubernur Januari. |
      | 2026-01-16 | Bank Indonesia menaikkan suku bunga acuan dalam rapat dewan gubernur, Kamis (15/1).     |
