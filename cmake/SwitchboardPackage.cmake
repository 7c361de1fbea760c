# Installation and the Debian package (`cmake --build build --target package`):
# the binary, the menu entry, AppStream metainfo, icons, a man page made from
# the program's own help, and bash completion. Translations, the demo
# directory and the icons the console shows are compiled into the binary.
include(GNUInstallDirs)

set(SWITCHBOARD_APP_ID io.switchboard.Switchboard)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)
set(app_icon ${PROJECT_SOURCE_DIR}/resources/icons/switchboard.svg)

install(TARGETS switchboard RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${desktop_dir}/${SWITCHBOARD_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${desktop_dir}/${SWITCHBOARD_APP_ID}.metainfo.xml
    ${CMAKE_CURRENT_BINARY_DIR}/${SWITCHBOARD_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${SWITCHBOARD_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${app_icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${SWITCHBOARD_APP_ID}.svg)

# PNG sizes of the icon for menus that do not scale SVG.
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(icon_pngs)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${SWITCHBOARD_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${app_icon}
        DEPENDS ${app_icon} VERBATIM)
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    list(APPEND icon_pngs ${png})
endforeach()

# The man page is the program's --help and --version, as help2man lays them out.
find_program(HELP2MAN help2man REQUIRED)
set(man_source ${CMAKE_CURRENT_BINARY_DIR}/switchboard.1)
set(man_page ${CMAKE_CURRENT_BINARY_DIR}/switchboard.1.gz)
add_custom_command(OUTPUT ${man_page}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
        ${HELP2MAN} --no-info --section=1 --name=${PROJECT_DESCRIPTION}
        --output=${man_source} $<TARGET_FILE:switchboard>
    COMMAND gzip -9nf ${man_source}
    DEPENDS switchboard VERBATIM)
add_custom_target(switchboard_install_files ALL DEPENDS ${icon_pngs} ${man_page})
install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME switchboard)
set(CPACK_PACKAGE_VENDOR "The Switchboard developers")
set(CPACK_PACKAGE_CONTACT "The Switchboard developers <switchboard@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Switchboard is a desktop console for an IAM directory, laid out like the IAM pages of the\n\
AWS Management Console, with Switch Role, temporary credentials, audit views and a local\n\
endpoint for the AWS CLI and SDKs. Secrets are kept in the system keychain.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the libraries' dependencies do not name: Qt's plugins for the window
# system and SQLite, which Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# A keychain to keep secrets in (any Secret Service provider will do).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
# Qt's PostgreSQL driver, for a team directory on a PostgreSQL server.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
# No maintainer scripts: removing the package leaves every user's directory,
# settings and keychain entries where they are.
include(CPack)
