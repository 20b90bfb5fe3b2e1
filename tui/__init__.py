"""openai-reader: a terminal reader for Chinese-language news."""

__version__ = "0.1.0"
