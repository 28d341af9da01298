// Just enough XMLHttpRequest (over fetch) for botframework-directlinejs's rxjs ajax to run in Node:
// open, setRequestHeader, send, abort, timeout, responseType 'json', onreadystatechange/ontimeout/onerror.
export class NodeXMLHttpRequest {
  constructor() {
    this.readyState = 0;
    this.status = 0;
    this.response = null;
    this.responseText = '';
    this.responseType = '';
    this.timeout = 0;
    this.withCredentials = false;
    this._headers = {};
    this._controller = new AbortController();
  }

  open(method, url) {
    this._method = method;
    this._url = url;
    this.readyState = 1;
  }

  setRequestHeader(name, value) {
    this._headers[name] = value;
  }

  getAllResponseHeaders() {
    return '';
  }

  abort() {
    this._aborted = true;
    this._controller.abort();
  }

  send(body) {
    let timer;
    if (this.timeout > 0) {
      timer = setTimeout(() => {
        this._timedOut = true;
        this._controller.abort();
      }, this.timeout);
    }
    fetch(this._url, { method: this._method, headers: this._headers, body: body ?? undefined, signal: this._controller.signal })
      .then(async (res) => {
        clearTimeout(timer);
        this.status = res.status;
        this.responseText = await res.text();
        if (this.responseType === 'json') {
          try { this.response = this.responseText ? JSON.parse(this.responseText) : null; } catch { this.response = null; }
        } else {
          this.response = this.responseText;
        }
        this.readyState = 4;
        this.onreadystatechange?.call(this, { target: this });
      })
      .catch((err) => {
        clearTimeout(timer);
        if (this._aborted) return;
        this.readyState = 4;
        this.status = 0;
        if (this._timedOut) this.ontimeout?.call(this, { target: this });
        else this.onerror?.call(this, err);
      });
  }
}
