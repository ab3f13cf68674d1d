"""Presentation: rendering answers for the chat and the Gradio app (``app.py`` is its entry point).

The top of the pipeline: may import anything below, nothing imports it (but ``app.py``).
"""
