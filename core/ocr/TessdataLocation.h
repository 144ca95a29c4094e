#pragma once

#include <QString>

namespace fc {

// Where Tesseract reads its language data (*.traineddata). Left to itself it reads
// TESSDATA_PREFIX, else the folder compiled into the library: on Debian the one the
// tesseract-ocr-* packages fill. A Windows or macOS package carries its own data instead,
// because the compiled folder is the build machine's and does not exist where it is installed.

// The bundled data folder of the program whose executable lies in appDir: <prefix>/share/
// factcheck/tessdata beside bin/ (Windows, relocatable Linux archives) or Contents/Resources/
// tessdata in a macOS bundle. Empty when neither holds a *.traineddata file.
QString bundledTessdata(const QString &appDir);

// The folder to give Tesseract's Init for the program in appDir: empty (Tesseract's own order)
// when TESSDATA_PREFIX is set, so a user's choice wins, or when the program carries no data;
// else the bundled folder.
QString tessdataFolder(const QString &appDir);

} // namespace fc
