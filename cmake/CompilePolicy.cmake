# One INTERFACE target carries the compile policy for every target of the project
# (modelled on qBittorrent's CommonConfig.cmake).
add_library(archive_policy INTERFACE)
target_compile_features(archive_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(archive_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SA_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(archive_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wcast-qual -Wcast-align -Wnon-virtual-dtor
        -Woverloaded-virtual -Wformat=2 -Wno-unused-parameter)
    # Shadowed locals: GCC's spelling; clang (the fuzz build) has its own.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(archive_policy INTERFACE -Wshadow=local)
    else()
        target_compile_options(archive_policy INTERFACE -Wshadow-uncaptured-local)
    endif()
endif()

if(SA_SANITIZE)
    target_compile_options(archive_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(archive_policy INTERFACE -fsanitize=address,undefined)
endif()
