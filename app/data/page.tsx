import Link from 'next/link';
import { ImportPanel } from '@/components/agreement/import-panel';
import { DeleteAllPanel } from '@/components/agreement/delete-all-panel';
import { SetAsideList } from '@/components/agreement/set-aside-list';

export default function DataPage() {
  return (
    <>
      <h1>Your data on this device</h1>
      <p className="lead">
        Everything you make here is kept in this browser, on this device. Made together on one phone, nothing is sent to us
        or anyone else. Made each on your own phone, what you share also travels through our server, locked (encrypted) in
        your browser so that we cannot read it.
      </p>
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">
          Open a saved agreement
        </h2>
        <p>Use a copy you saved from this app (the .json file, or any of its PDFs) to bring your agreement to this device.</p>
        <ImportPanel />
      </section>
      <section className="card" aria-labelledby="set-aside-heading">
        <h2 id="set-aside-heading">Set aside on this device</h2>
        <p>
          Anything the app could not read, and any copy whose history went a different way from the one here, is kept here
          instead of being deleted. None of it is ever the agreement in force.
        </p>
        <SetAsideList />
      </section>
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">
          Delete my data
        </h2>
        <DeleteAllPanel />
      </section>
      <p>
        <Link href="/help/deleting">How to delete messages and photos in WhatsApp and other apps</Link>
      </p>
    </>
  );
}
