"""The network map: actors as nodes, links as edges, the layout, isolated migrant organisations."""
