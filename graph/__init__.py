"""Records -> NetworkX graph -> files (GraphML, GEXF, HTML, CSV); the CLI lives here."""
