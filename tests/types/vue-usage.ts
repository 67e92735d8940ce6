// Compile-only check of smtp-explain/vue against Vue's own types: <smtp-explain> is a global
// component with typed props.
import type {} from 'smtp-explain/vue';
import type { GlobalComponents } from 'vue';

type Props = InstanceType<GlobalComponents['smtp-explain']>['$props'];
const props: Props = { reply: '550 5.1.1 User unknown', audience: 'admin', compact: true, 'heading-level': 3 };
// @ts-expect-error audience is "user" or "admin"
const wrong: Props = { audience: 'root' };
void [props, wrong];
