// The whole integration of the inline element: one import registers <smtp-explain>.
import 'smtp-explain/define';
