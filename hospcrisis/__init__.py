"""hospcrisis — keeps a hospital running while its information system is down."""

__version__ = "0.1.0"
