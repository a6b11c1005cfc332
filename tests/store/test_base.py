"""The SQLite back end provides every method of the `Store` interface."""

from foretold.store.base import Store, iter_protocol_methods


def test_sqlite_store_implements_the_store_interface(store):
    assert isinstance(store, Store)
    for name in iter_protocol_methods():
        assert callable(getattr(store, name)), name
