<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MentionMarks</name>
    <message>
        <source>solid underline</source>
        <translation>garis bawah utuh</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>garis bawah putus-putus</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>garis bawah titik-titik</translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation>garis bawah strip-titik</translation>
    </message>
    <message>
        <source>dash-dot-dot underline</source>
        <translation>garis bawah strip-titik-titik</translation>
    </message>
    <message>
        <source>%1 and overline</source>
        <translation>%1 dan garis atas</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bukti</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>evidence: wavy underline and outline</source>
        <translation>bukti: garis bawah bergelombang dan bingkai</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>factcheck</name>
    <message>
        <source>Try &apos;factcheck --help&apos;.</source>
        <translation>Coba &apos;factcheck --help&apos;.</translation>
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
    <message>
        <source>--project needs a FILE</source>
        <translation>--project memerlukan BERKAS</translation>
    </message>
    <message>
        <source>--project takes the articles and dates from the project: no FILE or --pubdate</source>
        <translation>--project mengambil artikel dan tanggal dari proyek: tanpa BERKAS atau --pubdate</translation>
    </message>
    <message>
        <source>--language takes %1</source>
        <translation>--language menerima %1</translation>
    </message>
    <message>
        <source>--quiet and --verbose exclude each other</source>
        <translation>--quiet dan --verbose tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <source>%1: %2 characters of text</source>
        <translation>%1: %2 karakter teks</translation>
    </message>
    <message>
        <source>&apos;-&apos; (standard input) may be given only once</source>
        <translation>&apos;-&apos; (masukan standar) hanya boleh diberikan sekali</translation>
    </message>
    <message>
        <source>%1: the folder holds no articles (%2)</source>
        <translation>%1: folder tidak berisi artikel (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) in the folder</source>
        <translation>
            <numerusform>%1: %n artikel di folder</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation>masukan standar tidak dapat dibaca</translation>
    </message>
    <message>
        <source>reading one article from standard input</source>
        <translation>membaca satu artikel dari masukan standar</translation>
    </message>
    <message>
        <source>record longer than %1 MiB, skipped</source>
        <translation>rekaman lebih panjang dari %1 MiB, dilewati</translation>
    </message>
    <message>
        <source>Usage:
  factcheck analyze FILE|URL... [--format json|html|md|csv|pdf] [-o PATH]
                    [--pubdate FILE=YYYY-MM-DD]... [--lang auto|id|en]
                    [--allow-private-addresses] [--progress] [--explain]
  factcheck analyze --project FILE [--format json|html|md|csv|pdf] [-o PATH]
                    [--progress]
  factcheck tag --jsonl IN [-o OUT]
  factcheck --help | --version

analyze   Load the articles, find their entities, dates and figures, and report
          where they disagree.
  --format FORMAT   report format:
                      json  the report contract (default; offsets in code points)
                      html  one self-contained annotated page, no scripts
                      md    Markdown: findings, entities, timeline, marked articles
                      csv   findings, one row per evidence span; with -o PATH.csv
                            the mentions go to PATH-mentions.csv beside it
                      pdf   the annotated report on A4 pages
  -o, --output PATH where to write the report (default or -: standard output)
  --pubdate FILE=YYYY-MM-DD  set an article&apos;s publication date, which anchors
                    relative dates such as &quot;hari Sabtu&quot; (may be repeated)
  --lang LANG       article language: auto (default, per article), id or en
  --allow-private-addresses  let URLs (and their redirects) reach this machine
                    and private networks, which are refused otherwise
  --progress        say on standard error &quot;[i/n] analysed NAME&quot; as each article
                    is analysed
  --explain         json: each mention also names the rule or model that
                    found it (&quot;rule&quot;, e.g. &quot;id.time.named-date&quot;, &quot;tagger&quot;)
  --project FILE    analyse a review project (.fcproj, made by the workbench):
                    its articles with the editor&apos;s corrected dates, and the
                    editor&apos;s decisions: json adds a &quot;reviews&quot; array (status and
                    note per finding key), html, md, csv and pdf show each
                    finding&apos;s reviewer status and note. The project is only
                    read, never written; a damaged one exits with status 1

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
                    [--allow-private-addresses] [--progress] [--explain]
  factcheck analyze --project BERKAS [--format json|html|md|csv|pdf] [-o PATH]
                    [--progress]
  factcheck tag --jsonl MASUKAN [-o KELUARAN]
  factcheck --help | --version

analyze   Memuat artikel, menemukan entitas, tanggal, dan angkanya, lalu
          melaporkan di mana isinya berbeda.
  --format FORMAT   format laporan:
                      json  kontrak laporan (bawaan; offset dalam titik kode)
                      html  satu halaman beranotasi yang mandiri, tanpa skrip
                      md    Markdown: temuan, entitas, lini masa, artikel bertanda
                      csv   temuan, satu baris per rentang bukti; dengan -o PATH.csv
                            sebutan ditulis ke PATH-mentions.csv di sebelahnya
                      pdf   laporan beranotasi pada halaman A4
  -o, --output PATH tempat laporan ditulis (bawaan atau -: keluaran standar)
  --pubdate BERKAS=YYYY-MM-DD  menetapkan tanggal terbit artikel, yang menjadi
                    acuan tanggal relatif seperti &quot;hari Sabtu&quot; (boleh diulang)
  --lang BAHASA     bahasa artikel: auto (bawaan, per artikel), id, atau en
  --allow-private-addresses  izinkan URL (dan pengalihannya) menjangkau mesin ini
                    dan jaringan pribadi, yang selain itu ditolak
  --progress        tulis &quot;[i/n] NAMA selesai dianalisis&quot; di galat standar setiap
                    kali satu artikel selesai dianalisis
  --explain         json: tiap sebutan juga menyebut aturan atau model yang
                    menemukannya (&quot;rule&quot;, mis. &quot;id.time.named-date&quot;, &quot;tagger&quot;)
  --project BERKAS  menganalisis proyek tinjauan (.fcproj, buatan workbench):
                    artikelnya dengan tanggal yang dikoreksi editor, serta
                    keputusan editor: json menambahkan larik &quot;reviews&quot; (status
                    dan catatan per kunci temuan); html, md, csv, dan pdf
                    menampilkan status dan catatan peninjau di tiap temuan.
                    Proyek hanya dibaca, tidak pernah ditulis; proyek yang rusak
                    keluar dengan status 1

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
        <source>[%1/%2] analysed %3</source>
        <translation>[%1/%2] %3 selesai dianalisis</translation>
    </message>
    <message>
        <source>
Inputs of analyze: a FILE (text, HTML, Markdown, PDF, or an image: a screenshot
of an article), a URL, - for one article read from standard input, or a folder
for the articles directly inside it (by suffix: %1; in name order; not its
subfolders).

Images (PNG, JPEG, WebP) are read by text recognition (Tesseract):
  --ocr-languages LIST  the languages of their text, Tesseract&apos;s codes joined
                    by + (default: %2); words read with little confidence
                    are marked on the mentions and evidence that hold them

Options of every command:
  --quiet           print errors only (no warnings, no progress)
  --verbose         also print each step (folders expanded, articles read)
  --language LANG   language of these messages and of the reports&apos; headings
                    (en or id; default: LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
                    the JSON report&apos;s fields stay English
</source>
        <translation>
Masukan analyze: BERKAS (teks, HTML, Markdown, PDF, atau gambar: tangkapan layar
sebuah artikel), URL, - untuk satu artikel yang dibaca dari masukan standar, atau
folder untuk artikel yang langsung ada di dalamnya (menurut akhiran: %1; urut
nama; tanpa subfoldernya).

Gambar (PNG, JPEG, WebP) dibaca dengan pengenalan teks (Tesseract):
  --ocr-languages DAFTAR  bahasa teksnya, kode Tesseract yang digabung dengan +
                    (bawaan: %2); kata yang dibaca dengan keyakinan rendah
                    ditandai pada sebutan dan bukti yang memuatnya

Opsi untuk setiap perintah:
  --quiet           hanya mencetak galat (tanpa peringatan, tanpa kemajuan)
  --verbose         juga mencetak setiap langkah (folder diperluas, artikel dibaca)
  --language LANG   bahasa pesan ini dan judul-judul laporan
                    (en atau id; bawaan: LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
                    kolom laporan JSON tetap berbahasa Inggris
</translation>
    </message>
</context>
<context>
    <name>fc</name>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Tidak ada temuan.</translation>
    </message>
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
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>Tidak ada peristiwa bertanggal.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Disputed by</source>
        <translation>Dibantah oleh</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>belum terselesaikan</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation>Tidak ada entitas.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varian</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>evidence of a finding</source>
        <translation>bukti sebuah temuan</translation>
    </message>
    <message>
        <source>Fact-check report</source>
        <translation>Laporan cek fakta</translation>
    </message>
    <message>
        <source>Mentions are marked **like this**`TYPE`: %1.</source>
        <translation>Sebutan ditandai **seperti ini**`JENIS`: %1.</translation>
    </message>
    <message>
        <source>is not a readable image (damaged, or a format other than PNG, JPEG or WebP)</source>
        <translation>bukan gambar yang dapat dibaca (rusak, atau formatnya bukan PNG, JPEG, atau WebP)</translation>
    </message>
    <message>
        <source>is an image of %1 x %2 pixels, too large to read</source>
        <translation>adalah gambar berukuran %1 x %2 piksel, terlalu besar untuk dibaca</translation>
    </message>
    <message>
        <source>is an image without readable text</source>
        <translation>adalah gambar tanpa teks yang dapat dibaca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (Tesseract&apos;s codes joined by +, such as %2)</source>
        <translation>&quot;%1&quot; bukan kode bahasa (kode Tesseract yang digabung dengan +, misalnya %2)</translation>
    </message>
    <message>
        <source>the text recognition data for &quot;%1&quot; is not installed</source>
        <translation>data pengenalan teks untuk &quot;%1&quot; tidak terpasang</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>`TYPE?`: the mention holds a word read from an image with low confidence; check it on the image.</source>
        <translation>`JENIS?`: sebutan memuat kata yang dibaca dari gambar dengan keyakinan rendah; periksa pada gambarnya.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>bukan JSON yang sah (%1 pada bita %2)</translation>
    </message>
    <message>
        <source>has no &quot;reviews&quot; array (not a review export)</source>
        <translation>tidak memiliki larik &quot;reviews&quot; (bukan ekspor tinjauan)</translation>
    </message>
    <message>
        <source>review %1: %2</source>
        <translation>tinjauan %1: %2</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>bukan objek</translation>
    </message>
    <message>
        <source>has no &quot;key&quot;</source>
        <translation>tidak memiliki &quot;key&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected confirmed, dismissed, needs_check or null)</source>
        <translation>status &quot;%1&quot; tidak dikenal (yang diharapkan confirmed, dismissed, needs_check, atau null)</translation>
    </message>
    <message>
        <source>&quot;note&quot; is not a string</source>
        <translation>&quot;note&quot; bukan string</translation>
    </message>
    <message>
        <source>&quot;reviewer&quot; is not a string</source>
        <translation>&quot;reviewer&quot; bukan string</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation>kunci &quot;%1&quot; muncul dua kali</translation>
    </message>
    <message>
        <source>this build reads no image, so it has no text recognition languages</source>
        <translation>versi ini tidak membaca gambar, jadi tidak punya bahasa pengenalan teks</translation>
    </message>
    <message>
        <source>word</source>
        <translation>kata</translation>
    </message>
</context>
<context>
    <name>fc::ArticleLoader</name>
    <message>
        <source>contains %1 NUL character(s); they were removed</source>
        <translation>berisi %1 karakter NUL; karakter itu dihapus</translation>
    </message>
    <message>
        <source>is not UTF-8 and declares no encoding; read as %1, a guess</source>
        <translation>bukan UTF-8 dan tidak menyatakan pengodean; dibaca sebagai %1, sebuah tebakan</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit</source>
        <translation>melebihi batas %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>contains %n invalid byte sequence(s) for %1; they were replaced</source>
        <translation>
            <numerusform>berisi %n urutan bita yang tidak sah untuk %1; urutan itu telah diganti</numerusform>
        </translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>tidak ada nama berkas</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>adalah direktori, bukan berkas</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>is a PDF, and PDF support is not available in this program</source>
        <translation>adalah PDF, dan dukungan PDF tidak tersedia di program ini</translation>
    </message>
    <message>
        <source>HTML is nested too deeply; the deepest elements were read as plain text</source>
        <translation>HTML bersarang terlalu dalam; elemen terdalam dibaca sebagai teks biasa</translation>
    </message>
    <message>
        <source>is an HTML page without article text</source>
        <translation>adalah halaman HTML tanpa teks artikel</translation>
    </message>
    <message>
        <source>is an image, and reading text from images is not available in this program</source>
        <translation>adalah gambar, dan pembacaan teks dari gambar tidak tersedia di program ini</translation>
    </message>
    <message>
        <source>is not a text file (it contains binary data)</source>
        <translation>bukan berkas teks (berisi data biner)</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>tidak berisi teks</translation>
    </message>
    <message>
        <source>is a PDF without a text layer (a scanned image?), and reading text from images is not available in this program</source>
        <translation>adalah PDF tanpa lapisan teks (gambar hasil pindaian?), dan pembacaan teks dari gambar tidak tersedia di program ini</translation>
    </message>
    <message>
        <source>is a PDF without a text layer, and its pages read as images hold no text</source>
        <translation>adalah PDF tanpa lapisan teks, dan halamannya yang dibaca sebagai gambar tidak berisi teks</translation>
    </message>
</context>
<context>
    <name>fc::KnowledgeBase</name>
    <message>
        <source>%1: cannot read the knowledge base file: %2</source>
        <translation>%1: berkas basis pengetahuan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON tidak sah pada bita %1: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; array</source>
        <translation>diharapkan sebuah objek dengan larik &quot;entries&quot;</translation>
    </message>
    <message>
        <source>entry %1: type must be PER, ORG or LOC, not &quot;%2&quot;</source>
        <translation>entri %1: jenis harus PER, ORG, atau LOC, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry %1: &quot;id&quot; and &quot;name&quot; are required</source>
        <translation>entri %1: &quot;id&quot; dan &quot;name&quot; wajib ada</translation>
    </message>
</context>
<context>
    <name>fc::PdfTextExtractor</name>
    <message>
        <source>is not a readable PDF (damaged or unsupported)</source>
        <translation>bukan PDF yang dapat dibaca (rusak atau tidak didukung)</translation>
    </message>
    <message>
        <source>is a password-protected PDF</source>
        <translation>adalah PDF yang dilindungi kata sandi</translation>
    </message>
    <message>
        <source>holds more than %1 characters of text (at page %2 of %3); not read</source>
        <translation>memuat lebih dari %1 karakter teks (pada halaman %2 dari %3); tidak dibaca</translation>
    </message>
    <message>
        <source>has more than %1 pages without a text layer (scanned); too many to read as images</source>
        <translation>memiliki lebih dari %1 halaman tanpa lapisan teks (hasil pindaian); terlalu banyak untuk dibaca sebagai gambar</translation>
    </message>
    <message>
        <source>page %1 has no text layer, and its image %2</source>
        <translation>halaman %1 tidak memiliki lapisan teks, dan gambarnya %2</translation>
    </message>
</context>
<context>
    <name>fc::ProjectLock</name>
    <message>
        <source>%1: the project is open for writing in another process (%2, PID %3 on host %4); close it there first, or open this project read-only</source>
        <translation>%1: proyek sedang dibuka untuk ditulis oleh proses lain (%2, PID %3 di host %4); tutup dulu di sana, atau buka proyek ini hanya-baca</translation>
    </message>
    <message>
        <source>%1: the project is locked by another process (lock file %2)</source>
        <translation>%1: proyek dikunci oleh proses lain (berkas kunci %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (%3)</source>
        <translation>%1: tidak dapat membuat berkas kunci %2 (%3)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>galat tidak dikenal</translation>
    </message>
</context>
<context>
    <name>fc::ProjectStore</name>
    <message>
        <source>its cached analysis was discarded (%1); analysed again</source>
        <translation>analisis tersimpannya dibuang (%1); dianalisis ulang</translation>
    </message>
    <message>
        <source>the stored hash does not match the stored bytes</source>
        <translation>hash yang tersimpan tidak cocok dengan bita yang tersimpan</translation>
    </message>
    <message>
        <source>the analysis was cancelled</source>
        <translation>analisis dibatalkan</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>tidak ada proyek yang terbuka</translation>
    </message>
    <message>
        <source>is open read-only</source>
        <translation>terbuka hanya-baca</translation>
    </message>
    <message>
        <source>cannot create the project (%1)</source>
        <translation>tidak dapat membuat proyek (%1)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>bukan berkas</translation>
    </message>
    <message>
        <source>is read-only; opened read-only: decisions are not saved to it</source>
        <translation>hanya-baca; dibuka hanya-baca: keputusan tidak disimpan ke dalamnya</translation>
    </message>
    <message>
        <source>was not closed cleanly; open it for writing once to recover it</source>
        <translation>tidak ditutup dengan benar; buka sekali untuk ditulis agar pulih</translation>
    </message>
    <message>
        <source>is not a factcheck project (an SQLite database without a project&apos;s tables)</source>
        <translation>bukan proyek factcheck (basis data SQLite tanpa tabel proyek)</translation>
    </message>
    <message>
        <source>is not a factcheck project (its meta table belongs to another program)</source>
        <translation>bukan proyek factcheck (tabel meta-nya milik program lain)</translation>
    </message>
    <message>
        <source>is damaged (no valid schema version)</source>
        <translation>rusak (tidak ada versi skema yang sah)</translation>
    </message>
    <message>
        <source>was written by a newer factcheck (%1, project schema %2; this version reads up to schema %3); open it with that version or later</source>
        <translation>ditulis oleh factcheck yang lebih baru (%1, skema proyek %2; versi ini membaca hingga skema %3); buka dengan versi itu atau yang lebih baru</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>rusak (%1)</translation>
    </message>
    <message>
        <source>cannot be opened for writing (%1)</source>
        <translation>tidak dapat dibuka untuk ditulis (%1)</translation>
    </message>
    <message>
        <source>cannot be upgraded from project schema %1 (%2)</source>
        <translation>tidak dapat ditingkatkan dari skema proyek %1 (%2)</translation>
    </message>
    <message>
        <source>cannot flush the copy to the disk</source>
        <translation>tidak dapat menulis salinan ke disk</translation>
    </message>
    <message>
        <source>cannot save the project (%1)</source>
        <translation>tidak dapat menyimpan proyek (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>was not closed cleanly and cannot be checked before recovering it (no room for a copy)</source>
        <translation>tidak ditutup dengan benar dan tidak dapat diperiksa sebelum dipulihkan (tidak ada ruang untuk salinannya)</translation>
    </message>
</context>
<context>
    <name>fc::Report</name>
    <message>
        <source>confirmed</source>
        <translation>terkonfirmasi</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>diabaikan</translation>
    </message>
    <message>
        <source>needs check</source>
        <translation>perlu dicek</translation>
    </message>
    <message>
        <source>person</source>
        <translation>tokoh</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasi</translation>
    </message>
    <message>
        <source>place</source>
        <translation>tempat</translation>
    </message>
    <message>
        <source>title or role</source>
        <translation>jabatan atau peran</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>tanggal terbit tidak diketahui</translation>
    </message>
    <message>
        <source>Timeline of dated events per article</source>
        <translation>Lini masa peristiwa bertanggal per artikel</translation>
    </message>
    <message>
        <source>date conflict</source>
        <translation>tanggal bertentangan</translation>
    </message>
    <message>
        <source>figure conflict</source>
        <translation>angka bertentangan</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>varian nama</translation>
    </message>
    <message>
        <source>title conflict</source>
        <translation>jabatan bertentangan</translation>
    </message>
    <message>
        <source>weekday mismatch</source>
        <translation>hari tidak cocok</translation>
    </message>
    <message>
        <source>revised figure</source>
        <translation>angka diperbarui</translation>
    </message>
    <message>
        <source>attribution conflict</source>
        <translation>atribusi bertentangan</translation>
    </message>
    <message>
        <source>status conflict</source>
        <translation>status bertentangan</translation>
    </message>
    <message>
        <source>truncated text</source>
        <translation>teks terpotong</translation>
    </message>
    <message>
        <source>corroboration</source>
        <translation>penguatan</translation>
    </message>
    <message>
        <source>dated event</source>
        <translation>peristiwa bertanggal</translation>
    </message>
    <message>
        <source>disputed date</source>
        <translation>tanggal dipersoalkan</translation>
    </message>
    <message>
        <source>dates one finding compares</source>
        <translation>tanggal yang dibandingkan satu temuan</translation>
    </message>
    <message>
        <source>matched with score %1</source>
        <translation>dicocokkan dengan skor %1</translation>
    </message>
    <message>
        <source>verb %1</source>
        <translation>kata kerja %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>review status (reviewer)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>low OCR confidence</source>
        <comment>text recognition was unsure of a word read from an image</comment>
        <translation>keyakinan OCR rendah</translation>
    </message>
    <message>
        <source>low OCR confidence: %1 of 100</source>
        <comment>a word read from an image, and how sure text recognition was of it</comment>
        <translation>keyakinan OCR rendah: %1 dari 100</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <comment>report header: how many articles</comment>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>report header: how many entities</comment>
        <translation>
            <numerusform>%n entitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <comment>report header: how many findings</comment>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ReportWriter</name>
    <message>
        <source>is not a regular file; not replaced</source>
        <translation>bukan berkas biasa; tidak diganti</translation>
    </message>
    <message>
        <source>is a socket, not a file; not replaced</source>
        <translation>adalah soket, bukan berkas; tidak diganti</translation>
    </message>
    <message>
        <source>is a directory, not a file; nothing written</source>
        <translation>adalah direktori, bukan berkas; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>standard output: %1</source>
        <translation>keluaran standar: %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical libraries (run with a QGuiApplication)</source>
        <translation>Ekspor PDF memerlukan pustaka grafis (jalankan dengan QGuiApplication)</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>PDF tidak dapat dibuat</translation>
    </message>
    <message>
        <source>unknown report format &apos;%1&apos;</source>
        <translation>format laporan &apos;%1&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>fc::UrlFetcher</name>
    <message>
        <source>it redirects to %1</source>
        <translation>halaman ini dialihkan ke %1</translation>
    </message>
    <message>
        <source>was not fetched: %1, and fetching from the local machine or network was not allowed</source>
        <translation>tidak diambil: %1, dan pengambilan dari mesin atau jaringan lokal tidak diizinkan</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 adalah %2</translation>
    </message>
    <message>
        <source>not a public address</source>
        <translation>bukan alamat publik</translation>
    </message>
    <message>
        <source>a private network address</source>
        <translation>alamat jaringan pribadi</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>alamat link-local</translation>
    </message>
    <message>
        <source>a loopback address</source>
        <translation>alamat loopback</translation>
    </message>
    <message>
        <source>is not a valid http or https URL</source>
        <translation>bukan URL http atau https yang sah</translation>
    </message>
    <message>
        <source>was not fetched: cancelled</source>
        <translation>tidak diambil: dibatalkan</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit</source>
        <translation>melebihi batas %1 MB</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <translation>tidak menjawab dalam %1 detik</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>server menjawab HTTP %1 %2</translation>
    </message>
    <message>
        <source>redirects too often or to an insecure address</source>
        <translation>terlalu sering dialihkan atau dialihkan ke alamat yang tidak aman</translation>
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation>tidak dapat diambil: %1</translation>
    </message>
</context>
<context>
    <name>fc::project</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>is an empty file, not a factcheck project</source>
        <translation>adalah berkas kosong, bukan proyek factcheck</translation>
    </message>
    <message>
        <source>is not a factcheck project (not an SQLite database)</source>
        <translation>bukan proyek factcheck (bukan basis data SQLite)</translation>
    </message>
    <message>
        <source>is truncated (shorter than a database header)</source>
        <translation>terpotong (lebih pendek daripada kepala basis data)</translation>
    </message>
    <message>
        <source>is not a factcheck project (a write-ahead-log SQLite database)</source>
        <translation>bukan proyek factcheck (basis data SQLite dengan write-ahead log)</translation>
    </message>
    <message>
        <source>is damaged (invalid page size in the database header)</source>
        <translation>rusak (ukuran halaman pada kepala basis data tidak sah)</translation>
    </message>
    <message>
        <source>is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>terpotong atau rusak (%1 bita bukan kelipatan utuh halaman %2 bita)</translation>
    </message>
    <message>
        <source>is truncated (%1 bytes, the database header expects %2)</source>
        <translation>terpotong (%1 bita, kepala basis data mengharapkan %2)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ArticleImageView</name>
    <message>
        <source>Article image</source>
        <translation>Gambar artikel</translation>
    </message>
</context>
<context>
    <name>fc::ui::ArticleListModel</name>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>%1
%2
Published: %3
Language: %4</source>
        <translation>%1
%2
Terbit: %3
Bahasa: %4</translation>
    </message>
    <message>
        <source>Findings that involve the article; “!” marks a high-severity one</source>
        <translation>Temuan yang melibatkan artikel ini; “!” menandai temuan berbobot tinggi</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>fc::ui::ArticlePane</name>
    <message>
        <source>from the dateline</source>
        <translation>dari baris tanggal</translation>
    </message>
    <message>
        <source>from the header</source>
        <translation>dari kepala berita</translation>
    </message>
    <message>
        <source>from the page metadata</source>
        <translation>dari metadata halaman</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>disimpulkan</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>ditetapkan oleh Anda</translation>
    </message>
    <message>
        <source>Article shown in this pane</source>
        <translation>Artikel yang ditampilkan di panel ini</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tanggal tidak diketahui</translation>
    </message>
    <message>
        <source>Publication date: relative dates (“yesterday”, “Saturday”) are anchored on it. Changing it re-runs the analysis.</source>
        <translation>Tanggal terbit: tanggal relatif (“kemarin”, “Sabtu”) dihitung darinya. Mengubahnya menjalankan ulang analisis.</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>media tidak diketahui</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no publication date</source>
        <translation>tanpa tanggal terbit</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>bahasa tidak diketahui</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Show the image the text was read from, with the mentions, the evidence and the doubtful words marked on it</source>
        <translation>Tampilkan gambar asal teks ini dibaca, dengan sebutan, bukti, dan kata yang diragukan ditandai di atasnya</translation>
    </message>
    <message>
        <source>Show the image the text was read from</source>
        <translation>Tampilkan gambar asal teks ini dibaca</translation>
    </message>
</context>
<context>
    <name>fc::ui::ArticleView</name>
    <message>
        <source>Person</source>
        <translation>Tokoh</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Jabatan atau peran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Empty article pane</source>
        <translation>Panel artikel kosong</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Nilai: %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entitas: %1</translation>
    </message>
    <message>
        <source>Canonical: %1</source>
        <translation>Nama baku: %1</translation>
    </message>
    <message>
        <source>Wikidata: %1</source>
        <translation>Wikidata: %1</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>Ditemukan oleh: %1</translation>
    </message>
    <message>
        <source>Read from the image with low confidence: %1 of 100. Compare with the image before relying on it.</source>
        <translation>Dibaca dari gambar dengan keyakinan rendah: %1 dari 100. Cocokkan dengan gambarnya sebelum mengandalkannya.</translation>
    </message>
</context>
<context>
    <name>fc::ui::EntityPanel</name>
    <message>
        <source>Filter entities…</source>
        <translation>Saring entitas…</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Saring entitas</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitas</translation>
    </message>
</context>
<context>
    <name>fc::ui::EntityTreeModel</name>
    <message>
        <source>People</source>
        <translation>Tokoh</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Titles and roles</source>
        <translation>Jabatan dan peran</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Wikidata: %1</source>
        <translation>Wikidata: %1</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Juga ditulis: %1</translation>
    </message>
    <message>
        <source>Spelling of %1</source>
        <translation>Ejaan dari %1</translation>
    </message>
    <message>
        <source>Mentions in %1</source>
        <translation>Sebutan di %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>fc::ui::ExportDialog</name>
    <message>
        <source>JSON report (for tools)</source>
        <translation>Laporan JSON (untuk perkakas lain)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table of findings</source>
        <translation>Tabel temuan CSV</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Ekspor Laporan</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format laporan</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>A %1 file has no source to preview.</source>
        <translation>Berkas %1 tidak memiliki sumber untuk dipratinjau.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Pratinjau tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Berkas %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
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
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>fc::ui::FindingsPanel</name>
    <message>
        <source>Filter by kind</source>
        <translation>Saring menurut jenis</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Saring menurut tingkat</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>Saring menurut status tinjauan</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Semua tinjauan</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Saring temuan…</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Saring temuan menurut teks</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
</context>
<context>
    <name>fc::ui::FirstRunView</name>
    <message>
        <source>Open &amp;Example</source>
        <translation>Buka &amp;Contoh</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Buka &amp;Berkas…</translation>
    </message>
    <message>
        <source>Compare news articles about one story</source>
        <translation>Bandingkan artikel berita tentang satu peristiwa</translation>
    </message>
    <message>
        <source>Open two or more articles (text, Markdown, HTML or PDF, or drop them here). The workbench marks people, places, dates and numbers, and lists where the articles disagree for you to confirm or dismiss. Press F1 for the manual.</source>
        <translation>Buka dua artikel atau lebih (teks, Markdown, HTML, atau PDF, atau seret ke sini). Meja kerja menandai orang, tempat, tanggal, dan angka, lalu mencantumkan bagian yang tidak sepakat untuk Anda konfirmasi atau abaikan. Tekan F1 untuk panduan.</translation>
    </message>
    <message>
        <source>Open the example story installed with the workbench</source>
        <translation>Buka kisah contoh yang dipasang bersama meja kerja</translation>
    </message>
    <message>
        <source>The examples are not installed with this copy of the workbench</source>
        <translation>Contoh tidak dipasang bersama salinan meja kerja ini</translation>
    </message>
</context>
<context>
    <name>fc::ui::HelpDesk</name>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan Papan &amp;Ketik</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Lists</source>
        <translation>&amp;Kosongkan Daftar Terbaru</translation>
    </message>
    <message>
        <source>Forget the recently opened articles and projects</source>
        <translation>Lupakan artikel dan proyek yang baru dibuka</translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
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
    <message>
        <source>Fact-checking Workbench</source>
        <translation>Meja Kerja Cek Fakta</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Kemajuan analisis</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open article files (text, Markdown, HTML, PDF)</source>
        <translation>Buka berkas artikel (teks, Markdown, HTML, PDF)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <source>Add &amp;Text…</source>
        <translation>Tambah &amp;Teks…</translation>
    </message>
    <message>
        <source>Paste an article&apos;s text</source>
        <translation>Tempel teks sebuah artikel</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Ekspor Laporan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>Add &amp;Pane</source>
        <translation>Tambah &amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Remove Pane</source>
        <translation>&amp;Hapus Panel</translation>
    </message>
    <message>
        <source>&amp;Synchronise Scrolling</source>
        <translation>&amp;Selaraskan Gulir</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Paskan Lini Masa</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>Analisis &amp;Ulang</translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation>&amp;Batalkan Analisis</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Temuan Beri&amp;kutnya</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>Temuan Sebe&amp;lumnya</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Fact-checking Workbench</source>
        <translation>&amp;Tentang Meja Kerja Cek Fakta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>No articles yet: open files, drop them here or paste a text</source>
        <translation>Belum ada artikel: buka berkas, letakkan di sini, atau tempel teks</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n ditinjau</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Menganalisis…</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analisis dibatalkan</translation>
    </message>
    <message>
        <source>Analysis finished</source>
        <translation>Analisis selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) had problems, see Messages</source>
        <translation>
            <numerusform>%n masukan bermasalah, lihat Pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Teks yang diletakkan</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Buka Artikel</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>Buka Folder Artikel</translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation>Tambah Teks</translation>
    </message>
    <message>
        <source>Pasted article %1</source>
        <translation>Artikel tempelan %1</translation>
    </message>
    <message>
        <source>Paste the article here: headline, date line and body.</source>
        <translation>Tempel artikel di sini: judul, baris tanggal, dan isi.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Laporan diekspor</translation>
    </message>
    <message>
        <source>About Fact-checking Workbench</source>
        <translation>Tentang Meja Kerja Cek Fakta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>Find in articles (Ctrl+F)</source>
        <translation>Cari di artikel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in articles</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Cari &amp;Berikutnya</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Cari Se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Teks Lebih &amp;Besar</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Teks Lebih &amp;Kecil</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the panes</source>
        <translation>
            <numerusform>%n kecocokan di panel</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>“%1” tidak ditemukan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fact-checking Workbench %1&lt;/h3&gt;&lt;p&gt;Compares news articles about one story and shows where they disagree: dates, figures, names, titles and who said what.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meja Kerja Cek Fakta %1&lt;/h3&gt;&lt;p&gt;Membandingkan artikel berita tentang satu peristiwa dan menunjukkan di mana isinya berbeda: tanggal, angka, nama, jabatan, dan siapa mengatakan apa.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Keterangan warna</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Proyek &amp;Baru…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Buka &amp;Proyek…</translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation>Buka Pro&amp;yek Terbaru</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Simpan Proyek</translation>
    </message>
    <message>
        <source>Decisions are saved as they are made; without a project, create one</source>
        <translation>Keputusan tersimpan saat dibuat; tanpa proyek, buat satu</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Simpan Proyek &amp;Sebagai…</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Proyek sedang dipakai</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read the review; decisions you make then are not saved to it (Save Project As keeps them in a copy).</source>
        <translation>%1

Buka hanya-baca? Anda dapat membaca tinjauannya; keputusan yang Anda buat tidak disimpan ke proyek ini (Simpan Proyek Sebagai menyimpannya di salinan).</translation>
    </message>
    <message>
        <source>Open &amp;Read-only</source>
        <translation>Buka &amp;Hanya-baca</translation>
    </message>
    <message>
        <source>Opened read-only: decisions are not saved to this project</source>
        <translation>Dibuka hanya-baca: keputusan tidak disimpan ke proyek ini</translation>
    </message>
    <message>
        <source>The analysis is still running: save the project when it has finished.</source>
        <translation>Analisis masih berjalan: simpan proyek setelah selesai.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Proyek Baru</translation>
    </message>
    <message>
        <source>Review projects (*.%1)</source>
        <translation>Proyek tinjauan (*.%1)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Review projects (*.%1);;All files (*)</source>
        <translation>Proyek tinjauan (*.%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Simpan Proyek Sebagai</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Every decision is already saved in %1</source>
        <translation>Setiap keputusan sudah tersimpan di %1</translation>
    </message>
    <message>
        <source>Unsaved review</source>
        <translation>Tinjauan belum disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n review decision(s) are not saved in a project. Save them as a project?</source>
        <translation>
            <numerusform>%n keputusan tinjauan belum disimpan dalam proyek. Simpan sebagai proyek?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya-baca)</translation>
    </message>
    <message>
        <source>Not saved in the project: %1</source>
        <translation>Tidak tersimpan di proyek: %1</translation>
    </message>
    <message>
        <source>Not saved in the project, see Messages</source>
        <translation>Tidak tersimpan di proyek, lihat Pesan</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Buka UR&amp;L…</translation>
    </message>
    <message>
        <source>Fetch articles from the web (http or https addresses)</source>
        <translation>Ambil artikel dari web (alamat http atau https)</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Bahasa &amp;Antarmuka</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Bahasa &amp;Sistem</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>Mengambil %n halaman…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Mengambil…</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Bahasa Antarmuka</translation>
    </message>
    <message>
        <source>The workbench will use %1 from its next start.</source>
        <translation>Meja kerja akan memakai %1 saat dijalankan lagi nanti.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>bahasa sistem</translation>
    </message>
    <message>
        <source>%v/%m articles</source>
        <translation>%v/%m artikel</translation>
    </message>
    <message>
        <source>Fetch from a Local Address?</source>
        <translation>Ambil dari Alamat Lokal?</translation>
    </message>
    <message>
        <source>%1 leads to %2, which is not on the public web (%3). A web page can use such an address to reach this computer or devices on its network.

Fetch it anyway?</source>
        <translation>%1 mengarah ke %2, yang tidak berada di web publik (%3). Halaman web dapat memakai alamat seperti itu untuk menjangkau komputer ini atau perangkat di jaringannya.

Tetap ambil?</translation>
    </message>
    <message numerus="yes">
        <source>%n review decision(s) are not saved: %1 is open read-only. Save them in a copy of the project?</source>
        <translation>
            <numerusform>%n keputusan tinjauan tidak tersimpan: %1 dibuka hanya-baca. Simpan di salinan proyek?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>Skema &amp;Warna</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>Mention Type &amp;Lines</source>
        <translation>&amp;Garis Jenis Sebutan</translation>
    </message>
    <message>
        <source>Mark each mention type with a line of its own, not by colour alone</source>
        <translation>Tandai setiap jenis sebutan dengan garisnya sendiri, tidak hanya dengan warna</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Text Recognition &amp;Languages…</source>
        <translation>Bahasa Pengenalan &amp;Teks…</translation>
    </message>
</context>
<context>
    <name>fc::ui::ManualDialog</name>
    <message>
        <source>Fact-checking Workbench Manual</source>
        <translation>Panduan Meja Kerja Cek Fakta</translation>
    </message>
</context>
<context>
    <name>fc::ui::OcrLanguagesDialog</name>
    <message>
        <source>Text Recognition Languages</source>
        <translation>Bahasa Pengenalan Teks</translation>
    </message>
    <message>
        <source>&amp;Languages of the text in screenshots of articles:</source>
        <translation>&amp;Bahasa teks dalam tangkapan layar artikel:</translation>
    </message>
    <message>
        <source>Text recognition languages</source>
        <translation>Bahasa pengenalan teks</translation>
    </message>
    <message>
        <source>Tesseract&apos;s language codes joined by +, such as %1 (the default, used when this is empty). Each needs its data installed (on Debian, the package tesseract-ocr-&lt;code&gt;). Images opened from now on are read in these languages.</source>
        <translation>Kode bahasa Tesseract yang digabung dengan +, misalnya %1 (bawaan, dipakai bila kolom ini kosong). Setiap bahasa memerlukan datanya terpasang (di Debian, paket tesseract-ocr-&lt;kode&gt;). Gambar yang dibuka mulai sekarang dibaca dalam bahasa-bahasa ini.</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Tidak diubah: %1.</translation>
    </message>
</context>
<context>
    <name>fc::ui::OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Buka URL</translation>
    </message>
    <message>
        <source>&amp;Web addresses of the articles, one per line:</source>
        <translation>&amp;Alamat web artikel, satu per baris:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>https://news.example/2024/06/20/article.html</source>
        <translation>https://berita.example/2024/06/20/artikel.html</translation>
    </message>
    <message>
        <source>The pages are fetched in the background; in a review project their content is kept, so they are not fetched again.</source>
        <translation>Halaman diambil di latar belakang; dalam proyek tinjauan isinya disimpan, sehingga tidak perlu diambil lagi.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Not a web address (http:// or https://): %1</source>
        <translation>Bukan alamat web (http:// atau https://): %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::ReviewDesk</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Reviewer Na&amp;me…</source>
        <translation>&amp;Nama Peninjau…</translation>
    </message>
    <message>
        <source>Review History</source>
        <translation>Riwayat Tinjauan</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Nama Peninjau</translation>
    </message>
    <message>
        <source>Your name, as the project records it with each review decision:</source>
        <translation>Nama Anda, seperti yang dicatat proyek pada setiap keputusan tinjauan:</translation>
    </message>
</context>
<context>
    <name>fc::ui::ReviewHistoryView</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>catatan dihapus</translation>
    </message>
    <message>
        <source>note: “%1”</source>
        <translation>catatan: “%1”</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Riwayat tinjauan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>The history of review decisions is kept in a project (File › Save Project As).</source>
        <translation>Riwayat keputusan tinjauan disimpan dalam proyek (Berkas › Simpan Proyek Sebagai).</translation>
    </message>
    <message>
        <source>Select a finding to see who changed its review, and when.</source>
        <translation>Pilih sebuah temuan untuk melihat siapa mengubah tinjauannya, dan kapan.</translation>
    </message>
    <message>
        <source>No review decision recorded for this finding yet.</source>
        <translation>Belum ada keputusan tinjauan yang tercatat untuk temuan ini.</translation>
    </message>
    <message>
        <source>before history was kept</source>
        <translation>sebelum riwayat disimpan</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ReviewState</name>
    <message>
        <source>Not reviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Perlu dicek</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Diabaikan</translation>
    </message>
</context>
<context>
    <name>fc::ui::ReviewStatusDelegate</name>
    <message>
        <source>Review status</source>
        <translation>Status tinjauan</translation>
    </message>
</context>
<context>
    <name>fc::ui::ReviewUndo</name>
    <message>
        <source>Mark as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
</context>
<context>
    <name>fc::ui::Screenshot</name>
    <message>
        <source>%1: cannot write the screenshot: %2</source>
        <translation>%1: tangkapan layar tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>fc::ui::TimelineChart</name>
    <message>
        <source>Timeline of dated events</source>
        <translation>Lini masa peristiwa bertanggal</translation>
    </message>
    <message>
        <source>Disputed by %1</source>
        <translation>Dibantah oleh %1</translation>
    </message>
    <message>
        <source>Disputed date</source>
        <translation>Tanggal yang dipersoalkan</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Pertentangan %1</translation>
    </message>
    <message>
        <source>No dated events yet</source>
        <translation>Belum ada peristiwa bertanggal</translation>
    </message>
    <message numerus="yes">
        <source>Date (%n event(s) outside the view: zoom out to see)</source>
        <translation>
            <numerusform>Tanggal (%n peristiwa di luar tampilan: perkecil untuk melihatnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to zoom into a period, wheel to zoom, Home to fit; arrow keys move between the points, Enter shows one in its article, Shift+arrows pan</source>
        <translation>Seret untuk memperbesar suatu periode, roda untuk zum, Home untuk memaskan; tombol panah berpindah antartitik, Enter menampilkan titik di artikelnya, Shift+panah untuk menggeser</translation>
    </message>
    <message>
        <source>Keyboard point</source>
        <translation>Titik papan ketik</translation>
    </message>
    <message>
        <source>%1: %2, in %3</source>
        <translation>%1: %2, di %3</translation>
    </message>
    <message>
        <source>disputed by %1</source>
        <translation>dibantah oleh %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare news articles and find where they disagree.</source>
        <translation>Bandingkan artikel berita dan temukan di mana isinya berbeda.</translation>
    </message>
    <message>
        <source>Fact-checking Workbench</source>
        <translation>Meja Kerja Cek Fakta</translation>
    </message>
    <message>
        <source>Analyse the inputs, select the first high-severity finding, write a screenshot of the window to FILE (PNG) and quit.</source>
        <translation>Analisis masukan, pilih temuan pertama berbobot tinggi, tulis tangkapan layar jendela ke FILE (PNG), lalu keluar.</translation>
    </message>
    <message>
        <source>Interface language: en or id (default: the saved choice, else the system&apos;s).</source>
        <translation>Bahasa antarmuka: en atau id (bawaan: pilihan tersimpan, jika tidak ada bahasa sistem).</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>%1: opened read-only (another process writes it)</source>
        <translation>%1: dibuka hanya-baca (proses lain sedang menulisnya)</translation>
    </message>
    <message>
        <source>A review project (.fcproj) to open, and articles (files, folders or http(s) URLs) to open (added to the project when one is open).</source>
        <translation>Proyek tinjauan (.fcproj) yang dibuka, serta artikel (berkas, folder, atau URL http(s)) yang dibuka (ditambahkan ke proyek bila ada yang terbuka).</translation>
    </message>
    <message>
        <source>Start a window of its own even when the workbench is already running.</source>
        <translation>Buka jendela tersendiri meskipun meja kerja sudah berjalan.</translation>
    </message>
    <message>
        <source>the running workbench did not answer; starting another window</source>
        <translation>meja kerja yang sedang berjalan tidak menjawab; membuka jendela lain</translation>
    </message>
    <message>
        <source>Colour scheme: light, dark or system (default: the saved choice).</source>
        <translation>Skema warna: terang (light), gelap (dark) atau sistem (system) (bawaan: pilihan yang tersimpan).</translation>
    </message>
</context>
</TS>
