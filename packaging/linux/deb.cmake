# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb (DEB generator). tests/package/deb_debian_root.sh installs it into a fresh
# Debian 12 root with exactly these Depends and starts the app there.
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps cannot see QML imports: the runtime QML modules are listed by hand, one per
# import of qml/ (QtQuick, .Controls, .Layouts, .Dialogs, QtCharts) and what those load.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, qml6-module-qtquick-window, qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtcharts, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Desktop client for BackendShield private revenue distribution.\n Providers see and claim their encrypted eERC earnings, auditors verify\n the operator's totals, operators manage distribution cycles.")
