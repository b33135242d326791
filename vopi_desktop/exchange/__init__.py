"""The .vopi exchange file (DESIGN §7): pack, unpack, seal, validate, merge plan, apply. No Qt.

``export.export()`` writes a file; ``importer.prepare()`` reads and plans one (writes nothing) and
``importer.apply()`` writes the decided plan through the store's ExchangeService.
"""
