#!/usr/bin/env bash
# Builds a self-contained Siyu Workbench with jpackage: an app-image (a folder with its own Java runtime) and,
# on Linux, a .deb. Run on the OS you are packaging for: the jar carries that platform's JavaFX natives.
#
#   installer/build.sh              # app-image (+ .deb on Linux) under target/installer/
#   installer/build.sh app-image    # only the app-image
#
# Needs a JDK 17+ with jpackage (JAVA_HOME or PATH); a .deb also needs fakeroot and dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
types=("${@:-app-image}")
if [ $# -eq 0 ] && [ "$(uname -s)" = "Linux" ]; then types=(app-image deb); fi

jbin="${JAVA_HOME:+$JAVA_HOME/bin/}"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)

./mvnw -B -ntp -q -DskipTests package
input=target/installer/input
rm -rf target/installer && mkdir -p "$input"
cp target/siyu-workbench.jar "$input/"

# Only the JDK modules the app uses (the app jar itself stays outside the runtime image, as jlink
# refuses automatic modules such as sqlite-jdbc and okhttp).
modules=$("${jbin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
          "$input/siyu-workbench.jar" 2>/dev/null || true)
modules="${modules:-java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml}"
modules="$modules,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.unsupported,jdk.zipfs"

case "$(uname -s)" in
  Darwin) icon=icons/siyu-workbench.icns ;;
  MINGW*|MSYS*|CYGWIN*) icon=icons/siyu-workbench.ico ;;
  *) icon=icons/siyu-workbench-256.png ;;
esac

for type in "${types[@]}"; do
  extra=()
  if [ "$type" = "deb" ]; then
    extra=(--linux-package-name siyu-workbench --linux-shortcut --linux-menu-group Office
           --linux-app-category office --linux-deb-maintainer "support@siyu-workbench.example")
  fi
  "${jbin}jpackage" --type "$type" \
    --name SiyuWorkbench \
    --app-version "$version" \
    --vendor "Siyu Workbench" \
    --description "私域工作台：企业微信私域运营桌面工作台" \
    --input "$input" \
    --main-jar siyu-workbench.jar \
    --main-class com.siyu.workbench.Main \
    --icon "$icon" \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files" \
    --java-options "-Dfile.encoding=UTF-8 -Xmx1g" \
    --dest target/installer \
    "${extra[@]}"
  echo "built $type in target/installer"
done
