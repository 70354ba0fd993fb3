Feature: Every input a newsroom has
  A newsroom keeps its copy as text files, Markdown and saved web pages, in
  folders within folders. The ledger reads all of them. A path it cannot read
  (missing, unreadable, a symlink loop) is skipped and named with its reason;
  what a folder holds besides articles is ignored and counted. Neither stops
  the build: the other articles still go in.

  Scenario: A saved web page goes in as its article, without the page around it
    Given a web page "kompas.html" from "Kompas.com" published on 2022-01-10 that says "Delegasi Amerika Serikat dan Rusia bertemu di Jenewa pada Senin untuk membahas keamanan Eropa."
    When the ledger is built
    Then the ledger holds 1 documents
    And the article "kompas.html" is from "Kompas.com"
    And the article "kompas.html" is published on 2022-01-10
    And no sentence holds the page's navigation, scripts or footer

  Scenario: Articles in subfolders go in, and the summary counts every file
    Given an article "a.txt" that says "Presiden Joko Widodo bertemu menteri di Jakarta pada hari Senin."
    And an article "sub/b.txt" published on 2021-07-29 that says "Menteri luar negeri tiba di Jenewa pada hari Selasa untuk pembicaraan."
    And a web page "sub/deeper/c.html" from "Kompas.com" published on 2022-01-10 that says "Delegasi kedua negara tiba di Hanoi pada hari Rabu untuk pembicaraan."
    And an article "sub/notes.docx" that says "Catatan rapat redaksi."
    When the ledger is built
    Then the ledger holds 3 documents
    And the summary says "read: 3 files"
    And the summary says "ignored: 2 (1 not an article type, 1 sidecar)"

  Scenario: A missing path and a symlink loop beside good articles are skipped and named
    Given an article "a.txt" that says "Presiden Joko Widodo bertemu menteri di Jakarta pada hari Senin."
    And a symlink loop "loop.txt"
    When the ledger is built from that folder and "gone.txt" beside it
    Then the ledger holds 1 documents
    And the build names "gone.txt" as a problem: "no such file or folder"
    And the build names "loop.txt" as a problem: "symlink loop"
    And the summary says "skipped: 2 (1 missing, 1 symlink loop)"
    And the runs table lists every problem with its reason
