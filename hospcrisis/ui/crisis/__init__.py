"""The crisis cell's screens: procedures board, library and editor, main courante, systems
status (with the status-bar indicator), situation reports, the dashboard and exercises.

Each module builds alone from an `AppContext`; nothing here is imported before the user opens
a crisis screen, except `indicator` (the status bar's summary), which stays small.
"""
