#!/usr/bin/env bash
# Builds the dependencies that neither the Qt installer nor vcpkg/Homebrew provide for
# Windows and macOS CI: KDE's extra-cmake-modules and KF6 SyntaxHighlighting, and poppler
# with its Qt 6 frontend (built against the same Qt as the project, which a packaged poppler
# would not be). Used by .github/workflows/{windows,macos}.yml; cannot run on this project's
# own CI machines (no network but Debian's archive).
#
#   packaging/ci/build-deps.sh PREFIX
# Needs on PATH: git, cmake >= 3.25, ninja, a C++20 compiler (on Windows: MSVC's environment
# loaded), perl (KSyntaxHighlighting generates some definitions with it). CMAKE_PREFIX_PATH
# must name Qt and the prefix holding freetype, zlib, libjpeg and pkg-config files.
# The versions match Debian 13, where the project is built and tested.
set -euo pipefail
prefix=$1
src=${DEPS_SOURCE_DIR:-$PWD/_deps-src}
mkdir -p "$src" "$prefix"

fetch() { # name url tag
  [ -d "$src/$1/.git" ] || git clone --quiet --depth 1 --branch "$3" "$2" "$src/$1"
}
build() { # name cmake-options...
  local name=$1; shift
  cmake -S "$src/$name" -B "$src/$name/_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_TESTING=OFF "$@"
  cmake --build "$src/$name/_build"
  cmake --install "$src/$name/_build"
}

fetch extra-cmake-modules https://invent.kde.org/frameworks/extra-cmake-modules.git v6.13.0
build extra-cmake-modules

fetch syntax-highlighting https://invent.kde.org/frameworks/syntax-highlighting.git v6.13.0
build syntax-highlighting -DBUILD_QCH=OFF -DKSYNTAXHIGHLIGHTING_USE_GUI=ON

# Text extraction only: no signatures, no network, no colour management, no JPEG 2000.
fetch poppler https://gitlab.freedesktop.org/poppler/poppler.git poppler-25.03.0
build poppler -DENABLE_QT6=ON -DENABLE_QT5=OFF -DENABLE_GLIB=OFF -DENABLE_CPP=OFF \
      -DENABLE_UTILS=OFF -DENABLE_BOOST=OFF -DENABLE_NSS3=OFF -DENABLE_GPGME=OFF \
      -DENABLE_LIBCURL=OFF -DENABLE_LCMS=OFF -DENABLE_LIBTIFF=OFF -DENABLE_LIBOPENJPEG=none \
      -DENABLE_DCTDECODER=libjpeg -DRUN_GPERF_IF_PRESENT=OFF -DBUILD_QT6_TESTS=OFF \
      -DBUILD_CPP_TESTS=OFF -DBUILD_MANUAL_TESTS=OFF -DBUILD_GTK_TESTS=OFF
