package dev.okxtestkit.wiremock;

import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RecorderStateStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.ScenariosStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/** WireMock's stores with the request journal's replaced by a {@link BoundedRequestJournalStore}. */
final class BoundedJournalStores implements Stores {

  private final Stores stores;
  private final RequestJournalStore journal;

  BoundedJournalStores(Stores stores, RequestJournalStore journal) {
    this.stores = stores;
    this.journal = journal;
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  @Override
  public StubMappingStore getStubStore() {
    return stores.getStubStore();
  }

  @Override
  public SettingsStore getSettingsStore() {
    return stores.getSettingsStore();
  }

  @Override
  public ScenariosStore getScenariosStore() {
    return stores.getScenariosStore();
  }

  @Override
  public RecorderStateStore getRecorderStateStore() {
    return stores.getRecorderStateStore();
  }

  @Override
  public BlobStore getBlobStore(String name) {
    return stores.getBlobStore(name);
  }

  // The defaults too, in case the wrapped stores override them.
  @Override
  public BlobStore getMappingsBlobStore() {
    return stores.getMappingsBlobStore();
  }

  @Override
  public BlobStore getFilesBlobStore() {
    return stores.getFilesBlobStore();
  }

  @Override
  public ObjectStore getObjectStore(String name) {
    return stores.getObjectStore(name);
  }

  @Override
  public ObjectStore getObjectStore(String name, PersistenceType persistenceTypeHint) {
    return stores.getObjectStore(name, persistenceTypeHint);
  }

  @Override
  public ObjectStore getObjectStore(String name, PersistenceType persistenceTypeHint, int maxSize) {
    return stores.getObjectStore(name, persistenceTypeHint, maxSize);
  }

  @Override
  public void start() {
    stores.start();
  }

  @Override
  public void stop() {
    stores.stop();
  }
}
