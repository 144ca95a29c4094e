<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>factcheck</name>
    <message>
        <source>Try &apos;factcheck --help&apos;.</source>
        <translation>Coba &apos;factcheck --help&apos;.</translation>
    </message>
    <message>
        <source>Usage:
  factcheck analyze FILE|URL... [--format json|html|md|csv|pdf] [-o PATH]
                    [--pubdate FILE=YYYY-MM-DD]... [--lang auto|id|en]
  factcheck tag --jsonl IN [-o OUT]
  factcheck --help | --version

analyze   Load the articles, find their entities, dates and figures, and report
          where they disagree.
  --format FORMAT   report format: json (default), html, md, csv or pdf
  -o, --output PATH where to write the report (default: standard output;
                    required for pdf)
  --pubdate FILE=YYYY-MM-DD  set an article&apos;s publication date, which anchors
                    relative dates such as &quot;hari Sabtu&quot; (may be repeated)
  --lang LANG       article language: auto (default, per article), id or en

tag       Stream mentions: one {&quot;id&quot;,&quot;text&quot;} JSON object per input line, one
          {&quot;id&quot;,&quot;mentions&quot;} object per output line.
  --jsonl IN        input file, or - for standard input
  -o, --output OUT  output file (default: standard output)

Exit status: 0 on success whatever was found, 1 when an input could not be read
(the others are still analysed), 2 on a usage error, 3 when the report could not
be written.
</source>
        <translation>Penggunaan:
  factcheck analyze BERKAS|URL... [--format json|html|md|csv|pdf] [-o PATH]
                    [--pubdate BERKAS=YYYY-MM-DD]... [--lang auto|id|en]
  factcheck tag --jsonl MASUKAN [-o KELUARAN]
  factcheck --help | --version

analyze   Memuat artikel, menemukan entitas, tanggal, dan angkanya, lalu
          melaporkan di mana isinya berbeda.
  --format FORMAT   format laporan: json (bawaan), html, md, csv, atau pdf
  -o, --output PATH tempat laporan ditulis (bawaan: keluaran standar;
                    wajib untuk pdf)
  --pubdate BERKAS=YYYY-MM-DD  menetapkan tanggal terbit artikel, yang menjadi
                    acuan tanggal relatif seperti &quot;hari Sabtu&quot; (boleh diulang)
  --lang BAHASA     bahasa artikel: auto (bawaan, per artikel), id, atau en

tag       Mengalirkan sebutan: satu objek JSON {&quot;id&quot;,&quot;text&quot;} per baris masukan,
          satu objek {&quot;id&quot;,&quot;mentions&quot;} per baris keluaran.
  --jsonl MASUKAN   berkas masukan, atau - untuk masukan standar
  -o, --output KELUARAN  berkas keluaran (bawaan: keluaran standar)

Status keluar: 0 jika berhasil apa pun temuannya, 1 jika ada masukan yang tidak
dapat dibaca (yang lain tetap dianalisis), 2 jika cara pemakaian salah, 3 jika
laporan tidak dapat ditulis.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>tidak ada perintah</translation>
    </message>
    <message>
        <source>analyze needs at least one FILE or URL</source>
        <translation>analyze memerlukan sedikitnya satu BERKAS atau URL</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>--lang takes auto, id or en</source>
        <translation>--lang menerima auto, id, atau en</translation>
    </message>
    <message>
        <source>--pubdate takes FILE=YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--pubdate menerima BERKAS=YYYY-MM-DD, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tag needs --jsonl IN</source>
        <translation>tag memerlukan --jsonl MASUKAN</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumen &apos;%1&apos; tidak diharapkan</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>[%1/%2] loading %3</source>
        <translation>[%1/%2] memuat %3</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>laporan ditulis ke %1</translation>
    </message>
    <message>
        <source>not a JSON object with a &quot;text&quot; string</source>
        <translation>bukan objek JSON dengan string &quot;text&quot;</translation>
    </message>
</context>
<context>
    <name>fc::ArticleLoader</name>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>adalah direktori</translation>
    </message>
    <message>
        <source>larger than the %1 MB limit</source>
        <translation>melebihi batas %1 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
</context>
<context>
    <name>fc::ReportWriter</name>
    <message>
        <source>standard output: %1</source>
        <translation>keluaran standar: %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::ArticleListModel</name>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n temuan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Published: %2
Language: %3</source>
        <translation>%1
Terbit: %2
Bahasa: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>fc::ui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message>
        <source>Fact-checking workbench</source>
        <translation>Meja kerja cek fakta</translation>
    </message>
    <message>
        <source>No articles loaded</source>
        <translation>Belum ada artikel yang dimuat</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n article(s)</source>
        <translation>
            <numerusform>%n artikel dianalisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare news articles and find where they disagree.</source>
        <translation>Bandingkan artikel berita dan temukan di mana isinya berbeda.</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>Artikel yang akan dibuka.</translation>
    </message>
    <message>
        <source>Write a screenshot of the window to FILE and quit.</source>
        <translation>Tulis tangkapan layar jendela ke FILE, lalu keluar.</translation>
    </message>
    <message>
        <source>Some articles could not be loaded</source>
        <translation>Beberapa artikel tidak dapat dimuat</translation>
    </message>
</context>
</TS>
