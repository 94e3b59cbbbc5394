"""The Qt wizard: window shell, pages, dialogs, background calls. Views only."""
