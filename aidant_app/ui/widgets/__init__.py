"""The generic widget kit: widgets any page or dialog may use, with no use case behind them."""
