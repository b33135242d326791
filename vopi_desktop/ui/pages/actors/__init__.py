"""The actor directory: organisations of the local network, their contact persons, the trash."""
