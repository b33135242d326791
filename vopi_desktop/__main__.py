from vopi_desktop.cli import main

raise SystemExit(main())
