"""The analyst dashboard (Streamlit)."""
