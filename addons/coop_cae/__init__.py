from . import controllers
from . import models
from . import report
from . import wizards
from . import tools
from . import demo
