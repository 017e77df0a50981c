"""The package version, in a module of its own so that submodules can read it without
importing the package that imports them."""
__version__ = "0.2.0"
