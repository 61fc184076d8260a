@echo off
rem srm: runs lib\srm.jar with the serial collector, which on a few cores checks fastest; a single
rem check gets only the quick JIT compiler, a batch (--ndjson) the full compiler told to inline
rem less. The JVM is %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, and java otherwise.
rem JAVA_OPTS adds JVM options, such as -Xmx128m, and comes last, so it can undo any of these.
setlocal
set "SRM_LIB=%~dp0..\lib"
if defined JAVA_HOME (
  set "SRM_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "SRM_JAVA=java"
)
set "SRM_JIT=-XX:TieredStopAtLevel=1"
echo %* | findstr /C:"--ndjson" >nul && set "SRM_JIT=-XX:InlineSmallCode=500"
"%SRM_JAVA%" -XX:+UseSerialGC %SRM_JIT% %JAVA_OPTS% -jar "%SRM_LIB%\srm.jar" %*
exit /b %ERRORLEVEL%
