# Sourced by ./veche and .ci/run: point JAVA_HOME at a JDK 21 or newer.
# Keeps a JAVA_HOME that is already new enough; otherwise tries `java` on PATH, then the JDKs
# installed in the usual places, newest first. Fails with a message naming what it tried.

veche_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

veche_use_jdk() { # $1: a JDK home; succeeds when it has javac and java >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(veche_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ] || return 1
  export JAVA_HOME="$1"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's own libraries (Guice) use sun.misc.Unsafe, which JDK 24+ warns about at every build;
  # so does protobuf, which carries the planner's PDLP requests to OR-Tools (VECHE_UNSAFE_OPT, ./veche).
  VECHE_UNSAFE_OPT=""
  if [ "$major" -ge 24 ]; then
    VECHE_UNSAFE_OPT="--sun-misc-unsafe-memory-access=allow"
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

veche_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && veche_use_jdk "$JAVA_HOME"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    local home
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if veche_use_jdk "$home"; then return 0; fi
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
    if veche_use_jdk "$candidate"; then return 0; fi
  done
  echo "veche: no JDK 21 or newer found (looked at JAVA_HOME, javac on PATH, /usr/lib/jvm, /opt). Install one and set JAVA_HOME." >&2
  return 1
}
