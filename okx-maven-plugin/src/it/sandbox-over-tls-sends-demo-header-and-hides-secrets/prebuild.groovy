// OKX's demo sandbox, stood in for on 127.0.0.1 over HTTPS; it knows the key of settings.xml.
import dev.okxtestkit.maven.it.HttpsStandIn

def standIn = HttpsStandIn.start(basedir.toPath(), '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    '7E57A1B2C3D4E5F60718293A4B5C6D7E', 'Sandbox-Pass-2718')
context.standIn = standIn
context.userProperties.put('okx.url', standIn.baseUrl())
true
